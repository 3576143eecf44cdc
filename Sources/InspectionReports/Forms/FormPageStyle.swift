/// The case entry page's style sheet (``FormPage``): large targets (44 px), a visible focus
/// ring, text at 7:1 contrast or more, one column below 600 px so that the page works at
/// 375 px.
enum FormPageStyle {
  static let css = """

    :root { --ink: #0b0c0c; --muted: #484949; --line: #b1b4b6; --brand: #14395a;
      --focus: #ffdd00; --error: #a8001a; --ok: #00662f; --warn: #7a4100; --tint: #eef3f8; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    html { color: var(--ink); background: #ffffff; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Arial,
      sans-serif; }
    .skip { position: absolute; left: -9999px; }
    .skip:focus { left: 8px; top: 8px; z-index: 10; background: var(--focus); color: var(--ink);
      padding: 8px 12px; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
      clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
    header.page { background: var(--brand); color: #ffffff; padding: 12px 16px; }
    header.page h1 { font-size: 1.25rem; line-height: 1.3; margin: 0; }
    header.page p { margin: 4px 0 0; font-size: 0.875rem; }
    .fingerprint { overflow-wrap: anywhere; opacity: 0.95; }
    main { max-width: 62rem; margin: 0 auto; padding: 8px 16px 0; }
    h2 { font-size: 1.375rem; margin: 16px 0 8px; color: var(--brand); }
    h3 { font-size: 1.125rem; margin: 28px 0 8px; padding-bottom: 4px;
      border-bottom: 2px solid var(--brand); }
    h4 { font-size: 1rem; margin: 20px 0 4px; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 0;
      box-shadow: 0 0 0 6px var(--ink); }
    button, .button { font: inherit; font-weight: 600; min-height: 44px; padding: 8px 14px;
      border: 2px solid var(--brand); border-radius: 4px; background: #ffffff;
      color: var(--brand); cursor: pointer; display: inline-flex; align-items: center; }
    button.primary { background: var(--brand); color: #ffffff; }
    button.danger { border-color: var(--error); color: var(--error); }
    button.small { min-height: 36px; padding: 4px 10px; font-weight: normal; }
    .file:focus-within { outline: 3px solid var(--focus); box-shadow: 0 0 0 6px var(--ink); }
    .toolbar { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 12px; }
    [role=status]:not(:empty) { border-left: 5px solid var(--brand); background: var(--tint);
      padding: 8px 12px; margin: 8px 0; }
    .report { border-left: 5px solid var(--warn); padding: 4px 12px; margin: 8px 0; }
    .report ul { margin: 4px 0; padding-left: 20px; }
    table { border-collapse: collapse; width: 100%; margin: 0 0 8px; }
    th, td { text-align: left; vertical-align: middle; padding: 6px 8px;
      border-bottom: 1px solid var(--line); }
    thead th { border-bottom: 2px solid var(--ink); }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.actions-cell { white-space: nowrap; text-align: right; }
    td.actions-cell button { margin-left: 4px; }
    tr.editing { background: var(--tint); }
    .complete { color: var(--ok); font-weight: 600; }
    .incomplete { color: var(--warn); font-weight: 600; }
    .left-out { color: var(--muted); }
    form { border-top: 4px solid var(--brand); margin-top: 16px; }
    fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
    .case-facts legend { font-size: 1.125rem; font-weight: 700; margin: 8px 0 4px; }
    .field { margin: 12px 0; }
    .field > label { display: block; font-weight: 600; }
    .hint { display: block; color: var(--muted); font-size: 0.875rem; }
    input[type=text], select { font: inherit; min-height: 44px; width: 100%; max-width: 26rem;
      padding: 6px 8px; border: 2px solid var(--ink); border-radius: 0; background: #ffffff; }
    .checkbox { display: flex; align-items: center; gap: 10px; }
    .checkbox input { width: 28px; height: 28px; margin: 0; flex: none; }
    .checkbox label { font-weight: normal; }
    .progress { font-weight: 600; margin: 16px 0 4px; }
    .question { border-left: 5px solid var(--line); padding: 6px 0 8px 14px; margin: 14px 0; }
    .question legend { font-weight: 600; padding: 0; float: left; width: 100%; }
    .question legend + * { clear: both; }
    .qid { font-variant-numeric: tabular-nums; color: var(--brand); margin-right: 0.5em; }
    .guidance { color: var(--muted); margin: 4px 0; font-size: 0.9375rem; }
    .na-reason { display: none; font-style: italic; color: var(--muted); margin: 4px 0; }
    .question.not-applicable { border-left-style: dashed; color: var(--muted); }
    .question.not-applicable .na-reason { display: block; }
    .question.not-applicable .options, .question.not-applicable .clear-answer { opacity: 0.6; }
    .question.missing { border-left-color: var(--error); }
    .options { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 4px; clear: both; }
    .option { display: inline-flex; align-items: center; gap: 8px; min-height: 44px;
      padding: 6px 14px 6px 10px; border: 2px solid var(--ink); border-radius: 4px;
      cursor: pointer; background: #ffffff; }
    .option input { width: 22px; height: 22px; margin: 0; accent-color: var(--brand); }
    .option:has(input:checked) { background: var(--brand); color: #ffffff;
      border-color: var(--brand); }
    .option:has(input:focus-visible) { outline: 3px solid var(--focus);
      box-shadow: 0 0 0 6px var(--ink); }
    .code { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.8125rem; }
    .code::before { content: '('; } .code::after { content: ')'; }
    .clear-answer { min-height: 32px; padding: 2px 10px; font-weight: normal; font-size: 0.875rem;
      border-width: 1px; margin-top: 4px; }
    .error-summary { border: 5px solid var(--error); padding: 8px 16px; margin: 16px 0; }
    .error-summary h3 { margin: 4px 0 8px; border: 0; color: var(--error); }
    .error-summary a { color: var(--error); font-weight: 600; }
    .actions { position: sticky; bottom: 0; z-index: 2; background: #ffffff;
      border-top: 2px solid var(--brand); padding: 10px 0 12px; margin-top: 24px;
      display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
    .actions .field { margin: 0; flex: 1 1 100%; }
    @media (min-width: 900px) {
      .case-facts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr));
        gap: 0 24px; }
      .case-facts legend, .case-facts .checkbox, #excluded-field { grid-column: 1 / -1; }
      .case-facts .field:not(.checkbox) { display: flex; flex-direction: column;
        justify-content: flex-end; }
    }
    @media (max-width: 600px) {
      main { padding: 4px 12px 0; }
      header.page h1 { font-size: 1.0625rem; }
      h2 { font-size: 1.1875rem; }
      .toolbar button, .toolbar .button { flex: 1 1 45%; justify-content: center; }
      .options { flex-direction: column; }
      .option { width: 100%; }
      th, td { padding: 6px 4px; }
      #case-list th:nth-child(3), #case-list td:nth-child(3) { display: none; }
      td.actions-cell { white-space: normal; }
      td.actions-cell button { margin: 2px 0 2px 4px; }
      .actions button { flex: 1 1 40%; justify-content: center; }
    }
    @media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }

    """
}
