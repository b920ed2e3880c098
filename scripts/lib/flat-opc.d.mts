export declare const PKG_NS: string;
export declare function docxToFlatOpc(bytes: Uint8Array, options?: { prefix?: string; only?: (name: string) => boolean }): string;
