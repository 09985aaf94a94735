import { type EnumName, enumLabel } from "@ghorfa/i18n";
import { useLocale } from "../i18n/locale";
import { Field } from "./forms";

/**
 * A select that narrows a list, labelled for assistive technology like every field. With `all`,
 * a first choice (value "") sets no filter.
 */
export function FilterSelect<V extends string>({
  label,
  pointer,
  value,
  options,
  optionLabel,
  all,
  onChange,
  testId,
}: {
  label: string;
  pointer: string;
  value: V | "";
  options: readonly V[];
  optionLabel: (value: V) => string;
  all?: string;
  onChange: (value: V | "") => void;
  testId?: string;
}) {
  return (
    <Field label={label} pointer={pointer}>
      {(props) => (
        <select
          {...props}
          value={value}
          onChange={(event) => onChange(event.target.value as V | "")}
          data-testid={testId}
        >
          {all !== undefined && <option value="">{all}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A value of the enum the catalogs call `N`. */
type EnumValue<N extends EnumName> = Parameters<typeof enumLabel<N>>[2];

/** A list's toolbar with one filter, its status: every status of `entity`, named in the reader's language. */
export function StatusFilter<N extends EnumName>({
  entity,
  options,
  value,
  onChange,
  label,
  all,
  testId,
}: {
  entity: N;
  options: readonly EnumValue<N>[];
  value: EnumValue<N> | "";
  onChange: (value: EnumValue<N> | "") => void;
  label: string;
  all: string;
  testId?: string;
}) {
  const { locale } = useLocale();
  return (
    <div className="toolbar">
      <FilterSelect
        label={label}
        pointer="/status"
        value={value}
        options={options}
        optionLabel={(option) => enumLabel(locale, entity, option)}
        all={all}
        onChange={onChange}
        testId={testId}
      />
    </div>
  );
}
