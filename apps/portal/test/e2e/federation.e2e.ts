import type { Chamber } from "@ghorfa/schemas";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, node, openPortal, settled } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("federation", () => {
  it("lists the twelve chambers, marks the node serving the portal answering, and asks no other origin", async () => {
    const portal = await openPortal(browser, { as: "viewer", locale: "fr-MA" });
    const { page } = portal;
    const origins = new Set<string>();
    page.on("request", (request) => {
      origins.add(new URL(request.url()).origin);
    });
    await page.goto("/federation");
    await settled(page);

    const answer = await fetch(`${node.url}/chambers`, {
      headers: { authorization: `Bearer ${node.apiKey}` },
    });
    const { items } = (await answer.json()) as { items: Chamber[] };
    const info = (await (await fetch(`${node.url}/.well-known/ghorfa`)).json()) as { chambers: string[] };

    const rows = page.getByTestId("chambers").locator("tbody tr");
    expect(await rows.count()).toBe(12);
    for (const chamber of items) {
      const row = page.locator(`tr[data-chamber="${chamber.id}"]`);
      expect(await row.getByTestId("node-url").textContent()).toBe(chamber.nodeUrl);
      const state = await row.locator("[data-state]").getAttribute("data-state");
      // The chambers the serving node hosts answer through it; the others are out of the page's reach.
      expect(state).toBe(info.chambers.includes(chamber.id) ? "answering" : "not-reachable");
    }
    expect(await page.locator('tr[data-chamber="ma-09"] [data-state]').textContent()).toBe(
      "Répond, par ce nœud",
    );
    const listed = new Set(items.map((c) => c.id));
    const unlisted = (
      await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-chamber")))
    ).filter((id) => id && !listed.has(id as Chamber["id"]));
    expect(unlisted.length).toBe(12 - items.length);
    for (const id of unlisted) {
      expect(await page.locator(`tr[data-chamber="${id}"] [data-state]`).getAttribute("data-state")).toBe(
        "not-listed",
      );
    }
    expect(await page.getByTestId("this-node").locator("[data-state]").getAttribute("data-state")).toBe(
      "answering",
    );
    // Only the portal's own origin is asked: the nodeUrls elsewhere would break the CSP.
    expect([...origins]).toEqual([node.url]);
    const probes = () => portal.apiCalls.filter((call) => call === "GET /.well-known/ghorfa").length;
    expect(probes()).toBe(1);

    await page.getByTestId("check-again").click();
    await expect.poll(probes).toBe(2);
    await expect
      .poll(() => page.getByTestId("this-node").locator("[data-state]").getAttribute("data-state"))
      .toBe("answering");
    await portal.close();
  });
});
