import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";

/**
 * Asks before something that cannot be undone quietly (a status change). Radix's alert dialog:
 * focus moves in and stays in, Escape cancels, and focus returns to the trigger.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirm,
  cancel,
  onConfirm,
  danger = false,
}: {
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  danger?: boolean;
}) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">{description}</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">
                {cancel}
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button
                type="button"
                className={danger ? "button button-danger" : "button button-primary"}
                onClick={onConfirm}
              >
                {confirm}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
