/// The CSS of the `html` page, inline in its `<style>`: system fonts only, colours that keep
/// text readable (WCAG AA on their backgrounds), and print rules that keep colours, drop the
/// page background and keep a finding with its line.
enum HTMLStyle {
    static let css = """
        :root {
          --text: #1d2939; --muted: #5d6b82; --rule: #d0d5dd; --faint: #eaecf0; --page: #f4f6f8; --card: #ffffff;
          --error: #b42318; --error-bg: #fef3f2; --error-mark: #fdd4cf;
          --warning: #93370d; --warning-bg: #fffaeb; --warning-mark: #fde9a9;
          --info: #1849a9; --info-bg: #eff8ff; --info-mark: #d1e9ff;
          --ok: #067647; --ok-bg: #ecfdf3; --ok-bar: #17b26a;
          --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--page); color: var(--text);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif;
        }
        header.page, main, footer.page { max-width: 76rem; margin: 0 auto; padding: 0 1.5rem; }
        header.page { padding-top: 2rem; padding-bottom: .5rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .25rem; }
        h2 { font-size: 1.4rem; line-height: 1.3; margin: 0 0 .5rem; }
        h3, h4 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
        .summary { margin: 0 0 1rem; color: var(--muted); }
        code { font-family: var(--mono); font-size: .9em; background: rgba(16, 24, 40, .06); padding: 0 .25em; border-radius: 4px; }
        .totals { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; margin: 0 0 1rem; padding: 0; }
        .total { background: var(--card); border: 1px solid var(--rule); border-left: 6px solid var(--rule); border-radius: 8px;
          padding: .5rem 1rem; min-width: 9rem; font-weight: 600; }
        .total .n { display: block; font-size: 2rem; line-height: 1.1; }
        .total.error { border-left-color: var(--error); color: var(--error); }
        .total.warning { border-left-color: #dc6803; color: var(--warning); }
        .total.info { border-left-color: #2e90fa; color: var(--info); }
        .total.none { color: var(--muted); border-left-color: var(--rule); }
        .legend { color: var(--muted); margin: 0 0 1.5rem; }
        .badge { display: inline-block; white-space: nowrap; font-weight: 700; font-size: .85rem; padding: .05rem .5rem;
          border-radius: 999px; border: 1px solid currentColor; }
        .badge.error { color: var(--error); background: var(--error-bg); }
        .badge.warning { color: var(--warning); background: var(--warning-bg); }
        .badge.info { color: var(--info); background: var(--info-bg); }
        main > section, main > nav, main > form { background: var(--card); border: 1px solid var(--rule); border-radius: 12px;
          padding: 1.25rem 1.5rem; margin: 0 0 1.5rem; }
        .failures { border-left: 6px solid var(--error); }
        .failures h2 { color: var(--error); }
        .overview table { width: 100%; border-collapse: collapse; }
        .overview th, .overview td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--faint); }
        .overview thead th { font-size: .85rem; color: var(--muted); border-bottom: 2px solid var(--rule); }
        .overview tbody th { font-weight: 500; overflow-wrap: anywhere; }
        .overview a { color: inherit; }
        .overview td.num { text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; width: 5.5rem; }
        .overview td.num.error { color: var(--error); }
        .overview td.num.warning { color: var(--warning); }
        .overview td.num.info { color: var(--info); }
        .overview td.num.none { color: var(--muted); font-weight: 400; }
        ul.cards { list-style: none; margin: 0; padding: 0; }
        .chip { display: inline-block; min-width: 3.2rem; text-align: center; font-weight: 700; font-size: .85rem;
          padding: 0 .4rem; border-radius: 6px; font-variant-numeric: tabular-nums; }
        .chip.all { color: var(--ok); background: var(--ok-bg); }
        .chip.some { color: var(--warning); background: var(--warning-bg); }
        .chip.none { color: var(--error); background: var(--error-bg); }
        section.file h2 { overflow-wrap: anywhere; }
        .folder { color: var(--muted); font-weight: 400; }
        .counts { display: flex; flex-wrap: wrap; gap: .4rem; margin: 0 0 .5rem; }
        .clean { color: var(--ok); font-weight: 600; margin: 0; }
        section.document { border-top: 1px solid var(--faint); margin-top: 1rem; }
        .scorecards { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; margin: 1rem 0; }
        .scorecard { border: 1px solid var(--rule); border-radius: 10px; padding: .9rem 1rem; }
        .scorecard h3, .scorecard h4 { margin: 0 0 .25rem; }
        .score { margin: 0 0 .4rem; }
        .bar { height: .5rem; background: var(--error-mark); border-radius: 999px; overflow: hidden; margin-bottom: .6rem; }
        .bar span { display: block; height: 100%; background: var(--ok-bar); }
        ul.points { list-style: none; margin: 0; padding: 0; }
        ul.points li { display: flex; gap: .5rem; align-items: baseline; padding: .25rem 0; border-top: 1px solid var(--faint); }
        ul.points .state { flex: none; width: 8.5rem; font-weight: 700; font-size: .85rem; }
        ul.points .met .state { color: var(--ok); }
        ul.points .unmet .state { color: var(--error); }
        ul.points .point { flex: none; color: var(--muted); font-variant-numeric: tabular-nums; }
        ul.points .unmet .title { font-weight: 600; }
        table.source { width: 100%; border-collapse: collapse; font-family: var(--mono); font-size: .85rem; line-height: 1.45;
          border: 1px solid var(--rule); border-radius: 8px; }
        table.source td { padding: 0 .6rem; vertical-align: top; }
        table.source td.ln { width: 1%; text-align: right; color: var(--muted); background: #f9fafb;
          border-right: 1px solid var(--faint); user-select: none; font-variant-numeric: tabular-nums; }
        table.source td.code { white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 8; }
        tr.flag.error td.ln { color: var(--error); font-weight: 700; box-shadow: inset 4px 0 var(--error); }
        tr.flag.warning td.ln { color: var(--warning); font-weight: 700; box-shadow: inset 4px 0 #dc6803; }
        tr.flag.info td.ln { color: var(--info); font-weight: 700; box-shadow: inset 4px 0 #2e90fa; }
        mark { color: inherit; border-radius: 3px; }
        mark.error { background: var(--error-mark); box-shadow: 0 2px 0 var(--error); }
        mark.warning { background: var(--warning-mark); box-shadow: 0 2px 0 #dc6803; }
        mark.info { background: var(--info-mark); box-shadow: 0 2px 0 #2e90fa; }
        tr.notes td { padding-top: .3rem; padding-bottom: .5rem; }
        .note { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; font-size: .95rem;
          line-height: 1.45; border: 1px solid; border-left-width: 5px; border-radius: 6px; padding: .45rem .7rem; margin: .2rem 0; }
        .note.error { border-color: var(--error); background: var(--error-bg); }
        .note.warning { border-color: #dc6803; background: var(--warning-bg); }
        .note.info { border-color: #2e90fa; background: var(--info-bg); }
        .note.suppressed { border-color: var(--rule); background: #f9fafb; color: var(--muted); }
        .badge.suppressed { color: var(--muted); background: #f2f4f7; }
        .note .message { margin-left: .25rem; }
        .note .rule, .note .where { color: var(--muted); font-size: .8rem; white-space: nowrap; }
        .note .rule { display: block; margin-top: .15rem; }
        tr.gap td { color: var(--muted); font-style: italic; background: #f9fafb; padding-top: .15rem; padding-bottom: .15rem; }
        ul.unplaced { list-style: none; padding: 0; }
        footer.page { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; }
        [hidden] { display: none !important; }
        details.file-body > summary { cursor: pointer; display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 1rem;
          list-style: none; }
        details.file-body > summary::-webkit-details-marker { display: none; }
        details.file-body > summary::before { content: "▸"; color: var(--muted); width: 1rem; }
        details.file-body[open] > summary::before { content: "▾"; }
        details.file-body > summary h2 { margin: 0; }
        details.file-body[open] > summary { margin-bottom: .5rem; }
        form.filter { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: end; }
        form.filter h2 { width: 100%; }
        form.filter label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); font-weight: 600; }
        form.filter select, form.filter button { font: inherit; color: var(--text); padding: .3rem .5rem; border: 1px solid var(--rule);
          border-radius: 6px; background: var(--card); max-width: 28rem; }
        form.filter p { width: 100%; margin: 0; color: var(--muted); font-size: .85rem; }
        a.to-findings { font-size: .85rem; margin-left: .35rem; white-space: nowrap; }
        @media print {
          body { background: #fff; font-size: 11pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          header.page, main, footer.page { max-width: none; padding: 0; }
          main > section, main > nav { border: none; border-radius: 0; padding: 0; margin: 0 0 1.5rem; }
          section.file { break-before: page; }
          .scorecard, .note, tr, .total { break-inside: avoid; }
          h2, h3, h4 { break-after: avoid; }
          .overview a { text-decoration: none; }
          form.filter { display: none; }
        }
        """
}
