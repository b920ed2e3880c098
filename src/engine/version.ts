/** The package version and home, for reporters (SARIF tool.driver). A test keeps VERSION equal to package.json. */
export const VERSION = '0.1.0';
export const TOOL_NAME = 'gongwen-lint';
export const REPOSITORY_URL = 'https://github.com/gongwen-lint/gongwen-lint';

/** Where a rule's documentation lives (docs/rules/<category>/<name>.md in the repository). */
export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
