import { regionName } from "@ghorfa/i18n";
import type { ChamberId } from "@ghorfa/schemas";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useClient } from "../api/client";
import { useLocale } from "../i18n/locale";

/**
 * The chambers this node hosts (its `/.well-known/ghorfa`), and the one chosen among them: the
 * demo's Souss-Massa when hosted, else the first. For the pages a visitor uses before signing in.
 */
export function useHostedChambers() {
  const client = useClient();
  const node = useQuery({ queryKey: ["node-info"], queryFn: () => client.node.info(), staleTime: Infinity });
  const [chamberId, setChamberId] = useState<ChamberId | "">("");
  const chambers = node.data?.chambers ?? [];
  useEffect(() => {
    if (chamberId === "" && chambers[0]) setChamberId(chambers.includes("ma-09") ? "ma-09" : chambers[0]);
  }, [chambers, chamberId]);
  return { node, chambers, chamberId, setChamberId };
}

/** A select of the hosted chambers, named in the reader's language. */
export function ChamberSelect({
  id,
  chambers,
  value,
  onChange,
}: {
  id: string;
  chambers: readonly ChamberId[];
  value: ChamberId | "";
  onChange: (chamberId: ChamberId) => void;
}) {
  const { locale } = useLocale();
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as ChamberId)}>
      {chambers.map((chamber) => (
        <option key={chamber} value={chamber}>
          {regionName(locale, chamber)}
        </option>
      ))}
    </select>
  );
}
