import { describe, expect, it } from "vitest";
import { dashboardChunks, type Manifest } from "../scripts/budget";

const manifest: Manifest = {
  "../../packages/i18n/dist/catalogs/ar-MA.js": { file: "assets/ar-MA.js", isDynamicEntry: true } as never,
  "../../packages/i18n/dist/catalogs/fr-MA.js": { file: "assets/fr-MA.js" },
  _session: { file: "assets/session.js", dynamicImports: ["../../packages/i18n/dist/catalogs/fr-MA.js"] },
  _Layout: { file: "assets/Layout.js", imports: ["_session"] },
  _charts: { file: "assets/charts.js", imports: ["_session"] },
  "index.html": {
    file: "assets/index.js",
    isEntry: true,
    imports: ["_session", "_Layout"],
    dynamicImports: ["src/pages/sign-in/SignInPage.tsx", "src/pages/home/HomePage.tsx"],
  },
  "src/pages/sign-in/SignInPage.tsx": { file: "assets/SignIn.js", imports: ["_Layout"] },
  "src/pages/home/HomePage.tsx": {
    file: "assets/Home.js",
    imports: ["_session"],
    dynamicImports: ["src/pages/dashboard/DashboardPage.tsx", "src/pages/home/MemberHome.tsx"],
  },
  "src/pages/home/MemberHome.tsx": { file: "assets/MemberHome.js" },
  "src/pages/dashboard/DashboardPage.tsx": { file: "assets/Dashboard.js", imports: ["_charts", "_Layout"] },
};

describe("the dashboard's budget", () => {
  it("counts the entry, the two pages of the first render, their static imports and the Arabic catalog, each once", () => {
    expect(dashboardChunks(manifest).map((chunk) => chunk.file)).toEqual([
      "assets/index.js",
      "assets/session.js",
      "assets/Layout.js",
      "assets/Home.js",
      "assets/Dashboard.js",
      "assets/charts.js",
      "assets/ar-MA.js",
    ]);
  });

  it("leaves out what the first render does not load: other pages, other catalogs", () => {
    const files = dashboardChunks(manifest).map((chunk) => chunk.file);
    for (const file of ["assets/SignIn.js", "assets/MemberHome.js", "assets/fr-MA.js"])
      expect(files).not.toContain(file);
  });

  it("refuses a manifest it cannot read the dashboard from", () => {
    const { "src/pages/dashboard/DashboardPage.tsx": _, ...withoutDashboard } = manifest;
    expect(() => dashboardChunks(withoutDashboard)).toThrow(/DashboardPage/);
  });
});
