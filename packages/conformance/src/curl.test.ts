import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { curlCommand, redactRequest, shellQuote } from "./curl";

const echo = (quoted: string) => execFileSync("sh", ["-c", `printf '%s' ${quoted}`], { encoding: "utf8" });

describe("shellQuote", () => {
  it.each([
    ["plain"],
    ["it's"],
    ["'''"],
    ['$HOME `id` $(id) \\ " ! *'],
    ["line\nbreak\ttab"],
    ["مرحبا بالعالم ⵣ 🇲🇦"],
    ["</script>]]>"],
  ])("gives the shell back exactly %j", (value) => {
    expect(echo(shellQuote(value))).toBe(value);
  });
});

const secrets = { key: "k3y-secret", adminKey: "adm1n-secret" };

describe("curlCommand", () => {
  it("names the key by its variable and never prints it", () => {
    const command = curlCommand(
      {
        method: "GET",
        url: "http://node.test/v1/members?q=k3y-secret",
        headers: { authorization: "Bearer k3y-secret", "accept-language": "ar-MA" },
      },
      secrets,
    );
    expect(command).toContain('-H "Authorization: Bearer $GHORFA_KEY"');
    expect(command).not.toContain("k3y-secret");
    expect(command).toContain("'http://node.test/v1/members?q=$GHORFA_KEY'");
  });

  it("names the operator's key $GHORFA_ADMIN_KEY", () => {
    const command = curlCommand(
      {
        method: "POST",
        url: "http://node.test/v1/admin/chambers",
        headers: { Authorization: "Bearer adm1n-secret" },
      },
      secrets,
    );
    expect(command).toContain('-H "Authorization: Bearer $GHORFA_ADMIN_KEY"');
    expect(command).not.toContain("adm1n-secret");
  });

  it("hides an Authorization header it does not recognise too", () => {
    const command = curlCommand({
      method: "GET",
      url: "http://n/",
      headers: { authorization: "Bearer other" },
    });
    expect(command).not.toContain("other");
  });

  it("sends a Unicode body with quotes back byte for byte", () => {
    const body = `{"legalName":"شركة 'الأطلس' $(rm -rf /) ⵜⴰⵎⴰⵣⵉⵖⵜ"}`;
    const command = curlCommand({
      method: "POST",
      url: "http://n/",
      headers: { "content-type": "application/json" },
      body,
    });
    const quoted = /--data-binary ('(?:[^']|'\\'')*')/.exec(command)?.[1] ?? "";
    expect(echo(quoted)).toBe(body);
  });

  it("pipes a body with control characters, NUL included, through printf", () => {
    const body = `a\u0000b\u001b[31m%s\\n 'q' ⵣ`;
    const command = curlCommand({ method: "POST", url: "http://n/", headers: {}, body });
    expect(command).toMatch(/^printf '.*' \| curl .* --data-binary @- 'http:\/\/n\/'$/s);
    const format = command.slice("printf ".length, command.indexOf(" | curl"));
    const bytes = execFileSync("sh", ["-c", `printf ${format}`]);
    expect(bytes.toString("utf8")).toBe(body);
  });

  it("quotes a header value that holds a quote", () => {
    const command = curlCommand({ method: "PATCH", url: "http://n/x", headers: { "if-match": `W/"a'b"` } });
    expect(command).toContain(`-H 'if-match: W/"a'\\''b"'`);
  });
});

describe("redactRequest", () => {
  it("keeps the request as sent but for the keys, shown as their variables", () => {
    const request = {
      method: "POST",
      url: "http://n/v1/x?k=k3y-secret",
      headers: { Authorization: "Bearer adm1n-secret", "x-echo": "k3y-secret" },
      body: '{"note":"k3y-secret ⵣ"}',
    };
    expect(redactRequest(request, secrets)).toEqual({
      method: "POST",
      url: "http://n/v1/x?k=$GHORFA_KEY",
      headers: { Authorization: "Bearer $GHORFA_ADMIN_KEY", "x-echo": "$GHORFA_KEY" },
      body: '{"note":"$GHORFA_KEY ⵣ"}',
    });
  });
});
