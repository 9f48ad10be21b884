import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSettings } from '../../core/api';
import { Dialog } from '../dialogs/Dialog';
import { SwitchField } from '../form/SwitchField';

/** Props of the Settings dialog. */
export interface SettingsDialogProps {
  settings: UserSettings;
  /** The app's settings update path: applied at once, persisted in the background. */
  onSettings: (patch: Partial<UserSettings>) => void;
  onClose: () => void;
}

/** The valid ranges of the numeric settings (as the backend's settings schema checks them). */
export const settingRanges = {
  editorFontSize: { min: 8, max: 48 },
  autosaveDelaySeconds: { min: 0.2, max: 60 },
} as const;

/**
 * The user settings no other control offers: editor font size, line wrapping, remote images in
 * the preview and the autosave delay. Every change applies at once.
 */
export function SettingsDialog(props: SettingsDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const { settings, onSettings } = props;
  return (
    <Dialog title={t('app:settings')} onCancel={props.onClose} className="settings-dialog">
      <div className="dialog-form">
        <NumberSetting
          label={t('app:editorFontSize')}
          suffix={t('app:pixels')}
          value={settings.editorFontSize}
          step={1}
          range={settingRanges.editorFontSize}
          onValue={(size) => onSettings({ editorFontSize: size })}
        />
        <SwitchField
          label={t('app:lineWrapping')}
          checked={settings.lineWrapping}
          onChange={(on) => onSettings({ lineWrapping: on })}
        />
        <SwitchField
          label={t('app:allowRemoteImages')}
          checked={settings.allowRemoteImages}
          onChange={(on) => onSettings({ allowRemoteImages: on })}
        />
        <NumberSetting
          label={t('app:autosaveDelay')}
          suffix={t('app:seconds')}
          value={settings.autosaveDelayMs / 1000}
          step={0.1}
          range={settingRanges.autosaveDelaySeconds}
          // The schema wants whole milliseconds.
          onValue={(seconds) => onSettings({ autosaveDelayMs: Math.round(seconds * 1000) })}
        />
      </div>
      <div className="dialog-buttons">
        <button type="button" className="button primary" onClick={props.onClose}>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}

interface NumberSettingProps {
  label: string;
  suffix: string;
  value: number;
  step: number;
  range: { min: number; max: number };
  onValue: (value: number) => void;
}

/**
 * A number field that applies every in-range value as it is typed; an out-of-range one is
 * clamped when the field is left (or Enter pressed), so typing "12" never passes through 8.
 */
function NumberSetting(props: NumberSettingProps): React.JSX.Element {
  const inputId = useId();
  const hintId = useId();
  const { min, max } = props.range;
  const [draft, setDraft] = useState<string | null>(null);

  const commit = (): void => {
    if (draft === null) {
      return;
    }
    const typed = Number(draft);
    if (draft.trim() !== '' && Number.isFinite(typed)) {
      props.onValue(clamp(typed, min, max));
    }
    setDraft(null);
  };

  return (
    <div className="field">
      <label className="field-label" htmlFor={inputId}>
        {props.label}
      </label>
      <span className="field-row">
        <input
          id={inputId}
          className="input"
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={props.step}
          value={draft ?? String(props.value)}
          aria-describedby={hintId}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            const typed = Number(text);
            if (text.trim() !== '' && typed >= min && typed <= max) {
              props.onValue(typed);
            }
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
          }}
        />
        <span className="field-suffix" id={hintId}>
          {props.suffix} ({min}–{max})
        </span>
      </span>
    </div>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
