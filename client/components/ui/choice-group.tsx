import type { InputHTMLAttributes, ReactNode, Ref } from "react";

export interface Choice {
  value: string;
  label: string;
  icon?: ReactNode;
}

/** The field's name, shared by every box of the group, and whatever else each box needs (react-hook-form's register()). */
export type ChoiceBinding = { name: string; ref?: Ref<HTMLInputElement> }
  & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "id" | "value" | "className">;

interface ChoiceGroupProps {
  type: "checkbox" | "radio";
  legend: string;
  hint?: string;
  choices: Choice[];
  registration: ChoiceBinding;
  /** A long list gets its own scrolling box. */
  scroll?: boolean;
}

/** A fieldset of checkboxes or radio buttons bound to one form field. */
export function ChoiceGroup({ type, legend, hint, choices, registration, scroll = false }: ChoiceGroupProps) {
  const hintId = hint ? `${registration.name}-hint` : undefined;
  return (
    <fieldset className="choice-group" aria-describedby={hintId}>
      <legend className="choice-group__legend">{legend}</legend>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      <div className={scroll ? "choice-group__choices choice-group__choices--scroll" : "choice-group__choices"}>
        {choices.map((choice) => {
          const id = `${registration.name}-${choice.value || "any"}`;
          return (
            <div className="choice" key={choice.value}>
              <input type={type} id={id} value={choice.value} className="choice__input" {...registration} />
              <label htmlFor={id} className="choice__label">{choice.icon}{choice.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
