/** `gongwen-lint --help`: Chinese by default, English with --locale en. Option names are English. */
export function helpText(locale: 'zh' | 'en' = 'zh'): string {
  if (locale === 'en') {
    return `gongwen-lint — lint drafts of Chinese official documents (GB/T 9704-2012, GB/T 15834, GB/T 15835)

Usage: gongwen-lint [options] [paths…]

Paths are files, folders (searched recursively for .docx .md .txt) or globs ("drafts/**/*.docx").
Without paths, the current folder.

Options:
  -f, --format <name>       stylish (default) | json | sarif | html
  -o, --output <file>       write the report to a file (atomically) instead of stdout
  -c, --config <file>       use this config file (default: gongwen-lint.config.json searched upward)
      --no-config           ignore config files
      --ignore-pattern <g>  skip files matching this glob (repeatable; relative to the cwd)
      --preset <name>       recommended (default) | all
      --rule <id:level>     set one rule's level: off | warn | error (repeatable)
  -q, --quiet               report errors only
      --max-warnings <n>    exit 1 when there are more than n warnings
      --stdin               read the document from stdin
      --stdin-filename <n>  file name for stdin input (decides .txt/.md/.docx)
      --date <YYYY-MM-DD>   reference date for documents without an issue date
      --locale <zh|en>      message language
      --fix                 apply safe fixes (.txt/.md in place; .docx → NAME.fixed.docx)
      --fix-dry-run         list what --fix would change, write nothing
      --fix-output <file>   where to write the fixed .docx (one .docx only)
      --print-config        print the config in effect
      --list-rules          list the rules and their severity
      --concurrency <n>     auto (default: one thread per core for more than 4 files) | off | N threads
      --cache               check only files changed since the last --cache run (or when the version,
                            config or lexicons changed)
      --cache-location <p>  the cache file, or a folder for it (default: .gongwenlintcache)
      --timing              time per phase and per rule, a table on stderr (also TIMING=1)

  gongwen-lint queue worker|submit|results --redis URL …   a batch over many machines (BullMQ on
                            Redis; see gongwen-lint queue --help)
      --color, --no-color   force colours on or off (default: on a terminal, unless NO_COLOR)
  -v, --version             print the version
  -h, --help                print this help

Subcommands:
  gongwen-lint serve [options]   local HTTP API for tools and add-ins (see serve --help)

Exit codes: 0 no errors · 1 errors found (or --max-warnings exceeded) · 2 a file could not be read,
or a usage or config error.
`;
  }
  return `gongwen-lint —— 党政机关公文草稿检查（GB/T 9704—2012、GB/T 15834—2011、GB/T 15835—2011、《党政机关公文处理工作条例》）

用法：gongwen-lint [选项] [路径…]

路径可以是文件、文件夹（递归查找 .docx .md .txt）或通配模式（如 "drafts/**/*.docx"）。
不给路径时检查当前文件夹。

选项：
  -f, --format <格式>       输出格式：stylish（默认）| json | sarif | html（按公文版式分页显示）
  -o, --output <文件>       把报告写入文件（原子写入），不输出到终端
  -c, --config <文件>       使用指定的配置文件（默认自当前目录向上查找 gongwen-lint.config.json）
      --no-config           不读取配置文件
      --ignore-pattern <g>  跳过与此通配模式匹配的文件（可多次给出，相对于当前目录）
      --preset <名称>       规则集：recommended（默认）| all
      --rule <规则:级别>    单独设定某条规则的级别：off | warn | error（可多次给出）
  -q, --quiet               只报告错误，不报告警告
      --max-warnings <数>   警告多于此数时以 1 退出
      --stdin               从标准输入读取文稿
      --stdin-filename <名> 标准输入的文件名（据扩展名判断 .txt/.md/.docx）
      --date <YYYY-MM-DD>   文稿没有成文日期时使用的参照日期
      --locale <zh|en>      提示语言：zh（默认）或 en
      --fix                 自动修复可确定的问题（.txt/.md 原地改写；.docx 另存为 原名.fixed.docx）
      --fix-dry-run         只列出 --fix 将作的修改，不写入
      --fix-output <文件>   修复后的 .docx 写到这里（仅限单个 .docx）
      --print-config        显示生效的配置
      --list-rules          列出全部规则及其级别
      --concurrency <n>     并行线程数：auto（默认：多于 4 个文件时每个 CPU 核一个线程）| off | 数字
      --cache               只检查自上次 --cache 运行以来改动过的文件（版本、配置或词库变了则全部重查）
      --cache-location <p>  缓存文件或其所在文件夹（默认 .gongwenlintcache）
      --timing              在标准错误输出各阶段、各规则的耗时表（也可设 TIMING=1）

  gongwen-lint queue worker|submit|results --redis URL …   多台机器分担一批文稿（BullMQ + Redis，
                            详见 gongwen-lint queue --help）
      --color, --no-color   强制开启或关闭颜色（默认：终端上开启，设置 NO_COLOR 时关闭）
  -v, --version             显示版本号
  -h, --help                显示本帮助

子命令：
  gongwen-lint serve [选项]      本机 HTTP 接口，供其他程序和加载项调用（见 serve --help）

退出码：0 没有错误 · 1 发现错误（或警告超过 --max-warnings）· 2 有文件无法读取，或用法、配置有误。

文中控制：<!-- gongwen-lint-disable 规则名 --> … <!-- gongwen-lint-enable -->，
<!-- gongwen-lint-disable-next-line 规则名 -->；.txt 中把同样的文字单独写成一行。
`;
}
