import { describe, expect, it } from "vitest";
import { guideConfiguration } from "./replicas/cluster";

describe("docs/deployment.md", () => {
  it("shows the HAProxy configuration the replica test runs (docs/deployment/haproxy.cfg), verbatim", async () => {
    const { guide, file } = await guideConfiguration();
    expect(file).toContain("option httpchk");
    expect(guide).toBe(file);
  });
});
