import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ApiError,
  type ExportDraftStyle,
  type ExportFixId,
  type ExportPlan,
  type ExportResult,
  type ExportTarget,
  type GeneratorId,
  type PostwrightHost,
  type WorkspacePath,
} from '../../core/api';

/** What the export dialog shows and can do. */
export interface ExportPlanState {
  targets: ExportTarget[];
  target: ExportTarget | null;
  detection: { preset: GeneratorId; evidence: string[] } | null;
  fixes: ExportFixId[];
  plan: ExportPlan | null;
  planning: boolean;
  applying: boolean;
  error: ApiError | null;
  replace: ReadonlySet<string>;
  result: ExportResult | null;
  selectTarget: (id: string) => void;
  addTarget: (path: string) => Promise<ApiError | null>;
  removeTarget: () => Promise<void>;
  setPreset: (preset: GeneratorId) => Promise<void>;
  setDraftStyle: (style: ExportDraftStyle) => Promise<void>;
  toggleFix: (fix: ExportFixId) => void;
  toggleReplace: (path: string) => void;
  replan: () => void;
  apply: () => Promise<void>;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('E_INTERNAL', error instanceof Error ? error.message : String(error));
}

/** Loads the targets, plans the export whenever its inputs change, and applies it. */
export function useExportPlan(
  host: PostwrightHost,
  open: boolean,
  paths: WorkspacePath[],
  changedOnly: boolean,
  beforePlan?: () => Promise<boolean>,
): ExportPlanState {
  const [targets, setTargets] = useState<ExportTarget[]>([]);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [detection, setDetection] = useState<ExportPlanState['detection']>(null);
  const [fixes, setFixes] = useState<ExportFixId[]>([]);
  const [plan, setPlan] = useState<ExportPlan | null>(null);
  const [planning, setPlanning] = useState(false);
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<ExportResult | null>(null);
  const [round, setRound] = useState(0);
  const request = useRef(0);
  // Kept in a ref: a new function each render must not plan again.
  const flush = useRef(beforePlan);
  flush.current = beforePlan;
  const pathsKey = paths.join('\n');
  const target = targets.find((candidate) => candidate.id === targetId) ?? null;

  useEffect(() => {
    if (!open) {
      return;
    }
    let live = true;
    host.api.getWorkspace({}).then(
      (info) => {
        if (live) {
          setTargets(info.settings.exportTargets);
          setTargetId((current) => current ?? info.settings.exportTargets[0]?.id ?? null);
        }
      },
      (failure: unknown) => live && setError(asApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [host, open]);

  const targetPath = target?.path ?? null;
  useEffect(() => {
    if (!open || targetPath === null) {
      setDetection(null);
      return;
    }
    let live = true;
    host.api.detectGenerator({ path: targetPath }).then(
      (found) => live && setDetection(found),
      () => live && setDetection(null),
    );
    return () => {
      live = false;
    };
  }, [host, open, targetPath]);

  const preset = target?.preset ?? null;
  const draftStyle = target?.draftStyle ?? null;
  useEffect(() => {
    if (!open || targetId === null || (!changedOnly && pathsKey === '')) {
      setPlan(null);
      return;
    }
    const id = ++request.current;
    setPlanning(true);
    setError(null);
    setResult(null);
    const args = changedOnly
      ? { targetId, changedOnly: true, fixes }
      : { targetId, paths: pathsKey === '' ? [] : pathsKey.split('\n'), fixes };
    // The plan is made from what the user sees: the open post is saved first.
    const saved = flush.current === undefined ? Promise.resolve(true) : flush.current();
    saved
      .then((ok) => {
        if (!ok) {
          throw new ApiError(
            'E_IO',
            'The open post could not be saved; save it and review again.',
            {
              reason: 'unsaved',
            },
          );
        }
        return host.api.planExport(args);
      })
      .then(
        (next) => {
          if (id === request.current) {
            setPlan(next);
            setReplace(new Set());
            setPlanning(false);
          }
        },
        (failure: unknown) => {
          if (id === request.current) {
            setPlan(null);
            setError(asApiError(failure));
            setPlanning(false);
          }
        },
      );
  }, [host, open, targetId, preset, draftStyle, fixes, pathsKey, changedOnly, round]);

  const addTarget = useCallback(
    async (path: string): Promise<ApiError | null> => {
      try {
        const added = await host.api.addExportTarget({ path });
        setTargets((current) => [
          ...current.filter((candidate) => candidate.id !== added.id),
          added,
        ]);
        setTargetId(added.id);
        return null;
      } catch (failure) {
        return asApiError(failure);
      }
    },
    [host],
  );

  const updateTarget = useCallback(
    async (patch: { preset?: GeneratorId; draftStyle?: ExportDraftStyle }): Promise<void> => {
      if (targetId === null) {
        return;
      }
      try {
        const updated = await host.api.updateExportTarget({ id: targetId, ...patch });
        setTargets((current) =>
          current.map((candidate) => (candidate.id === updated.id ? updated : candidate)),
        );
      } catch (failure) {
        setError(asApiError(failure));
      }
    },
    [host, targetId],
  );
  const setPreset = useCallback(
    (next: GeneratorId) => updateTarget({ preset: next }),
    [updateTarget],
  );
  const setDraftStyle = useCallback(
    (next: ExportDraftStyle) => updateTarget({ draftStyle: next }),
    [updateTarget],
  );

  const removeTarget = useCallback(async (): Promise<void> => {
    if (targetId === null) {
      return;
    }
    try {
      await host.api.removeExportTarget({ id: targetId });
      const rest = targets.filter((candidate) => candidate.id !== targetId);
      setTargets(rest);
      setTargetId(rest[0]?.id ?? null);
    } catch (failure) {
      setError(asApiError(failure));
    }
  }, [host, targetId, targets]);

  const apply = useCallback(async (): Promise<void> => {
    if (plan === null || applying) {
      return;
    }
    setApplying(true);
    setError(null);
    try {
      setResult(await host.api.applyExport({ planId: plan.id, replace: [...replace] }));
      setPlan(null);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setApplying(false);
    }
  }, [host, plan, replace, applying]);

  const toggleFix = useCallback((fix: ExportFixId) => {
    setFixes((current) =>
      current.includes(fix) ? current.filter((item) => item !== fix) : [...current, fix],
    );
  }, []);

  const toggleReplace = useCallback((path: string) => {
    setReplace((current) => {
      const next = new Set(current);
      if (!next.delete(path)) {
        next.add(path);
      }
      return next;
    });
  }, []);

  const replan = useCallback(() => setRound((value) => value + 1), []);

  return useMemo(
    () => ({
      targets,
      target,
      detection,
      fixes,
      plan,
      planning,
      applying,
      error,
      replace,
      result,
      selectTarget: setTargetId,
      addTarget,
      removeTarget,
      setPreset,
      setDraftStyle,
      toggleFix,
      toggleReplace,
      replan,
      apply,
    }),
    [
      targets,
      target,
      detection,
      fixes,
      plan,
      planning,
      applying,
      error,
      replace,
      result,
      addTarget,
      removeTarget,
      setPreset,
      setDraftStyle,
      toggleFix,
      toggleReplace,
      replan,
      apply,
    ],
  );
}
