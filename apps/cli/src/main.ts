import { defineCommand, runMain } from "citty";
import { commands } from "./commands";

const main = defineCommand({
  meta: {
    name: "ghorfa",
    description:
      "A chamber's data in, its paperwork out: imports, exports, receipts and reports from a Ghorfa node",
  },
  subCommands: commands,
});

await runMain(main);
