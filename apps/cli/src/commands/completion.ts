import { type ArgsDef, type CommandDef, defineCommand } from "citty";
import { UsageError } from "../errors";
import { earlyLocale, guarded } from "../output/guard";

type Resolvable<T> = T | Promise<T> | (() => T) | (() => Promise<T>);

async function resolve<T>(value: Resolvable<T>): Promise<T> {
  return typeof value === "function" ? await (value as () => T | Promise<T>)() : await value;
}

/** A command of the tree: its words (`report rent-roll`), subcommands, flags and description. */
interface Node {
  path: string[];
  description: string;
  subcommands: string[];
  flags: { name: string; description: string }[];
}

/** Every command of `ghorfa`, loaded (each file imported once, which completion may afford). */
async function walk(path: string[], command: CommandDef, out: Node[]): Promise<Node[]> {
  const meta = command.meta ? await resolve(command.meta) : {};
  const args: ArgsDef = command.args ? await resolve(command.args) : {};
  const subs = command.subCommands ? await resolve(command.subCommands) : {};
  const flags = Object.entries(args)
    .filter(([, def]) => def.type !== "positional")
    .map(([name, def]) => ({ name: `--${name}`, description: def.description ?? "" }));
  flags.push({ name: "--help", description: "Show the command's help" });
  out.push({ path, description: meta.description ?? "", subcommands: Object.keys(subs), flags });
  for (const [name, sub] of Object.entries(subs))
    await walk([...path, name], await resolve(sub as Resolvable<CommandDef>), out);
  return out;
}

const describeOf = (nodes: Node[], path: string[]) =>
  nodes.find((m) => m.path.join(" ") === path.join(" "))?.description ?? "";

const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

function bash(nodes: Node[]): string {
  const cases = nodes
    .map(
      (n) =>
        `    ${quote(n.path.join(" "))}) words=${quote([...n.subcommands, ...n.flags.map((f) => f.name)].join(" "))} ;;`,
    )
    .join("\n");
  return `# ghorfa completion for bash: eval "$(ghorfa completion bash)"
_ghorfa() {
  local cur cmd="" word words i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  # The command's words so far (not flags nor their values): the deepest known command wins.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    case "\${cmd:+$cmd }$word" in
${nodes
  .filter((n) => n.path.length > 0)
  .map((n) => `      ${quote(n.path.join(" "))}) cmd=${quote(n.path.join(" "))} ;;`)
  .join("\n")}
    esac
  done
  case "$cmd" in
${cases}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _ghorfa ghorfa
`;
}

function zsh(nodes: Node[]): string {
  return `#compdef ghorfa
# ghorfa completion for zsh: ghorfa completion zsh > "\${fpath[1]}/_ghorfa"
_ghorfa() {
  local cmd="" w
  for w in \${words[2,CURRENT-1]}; do
    [[ "$w" == -* ]] && continue
    case "\${cmd:+$cmd }$w" in
${nodes
  .filter((n) => n.path.length > 0)
  .map((n) => `      ${quote(n.path.join(" "))}) cmd=${quote(n.path.join(" "))} ;;`)
  .join("\n")}
    esac
  done
  local -a items
  case "$cmd" in
${nodes
  .map(
    (n) =>
      `    ${quote(n.path.join(" "))}) items=(${[
        ...n.subcommands.map((s) => quote(`${s}:${describeOf(nodes, [...n.path, s])}`)),
        ...n.flags.map((f) => quote(`${f.name}:${f.description}`)),
      ].join(" ")}) ;;`,
  )
  .join("\n")}
  esac
  _describe 'ghorfa' items
}
compdef _ghorfa ghorfa
`;
}

function fish(nodes: Node[]): string {
  const lines = [
    "# ghorfa completion for fish: ghorfa completion fish > ~/.config/fish/completions/ghorfa.fish",
    "complete -c ghorfa -f",
  ];
  for (const node of nodes) {
    // fish's condition: the words typed so far are exactly this command's.
    const condition =
      node.path.length === 0
        ? "__fish_use_subcommand"
        : `__fish_seen_subcommand_from ${node.path.at(-1)}; and not __fish_seen_subcommand_from ${node.subcommands.join(" ") || "--"}`;
    for (const sub of node.subcommands) {
      const description = describeOf(nodes, [...node.path, sub]);
      lines.push(`complete -c ghorfa -n ${quote(condition)} -a ${quote(sub)} -d ${quote(description)}`);
    }
    if (node.path.length > 0)
      for (const flag of node.flags)
        lines.push(
          `complete -c ghorfa -n ${quote(condition)} -l ${quote(flag.name.slice(2))} -d ${quote(flag.description)}`,
        );
  }
  return `${lines.join("\n")}\n`;
}

const SHELLS = { bash, zsh, fish } as const;

export default defineCommand({
  meta: {
    name: "completion",
    description: "Print a shell completion script: ghorfa completion bash|zsh|fish",
  },
  args: {
    shell: { type: "positional", required: true, description: "bash, zsh or fish" },
  },
  run: ({ args }) =>
    guarded(earlyLocale(undefined), undefined, async () => {
      const write = SHELLS[args.shell as keyof typeof SHELLS];
      if (!write) throw new UsageError("ghorfa completion bash|zsh|fish");
      const { commands } = await import("./index");
      const root: CommandDef = { meta: { name: "ghorfa" }, subCommands: commands };
      process.stdout.write(write(await walk([], root, [])));
    }),
});
