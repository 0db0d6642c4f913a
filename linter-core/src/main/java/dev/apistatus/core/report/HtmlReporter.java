package dev.apistatus.core.report;

import dev.apistatus.core.engine.LintResult;
import dev.apistatus.core.model.SourceLocation;
import dev.apistatus.core.rule.Family;
import dev.apistatus.core.rule.Finding;
import dev.apistatus.core.rule.RuleMetadata;
import dev.apistatus.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One self-contained HTML page ({@code apistatus.html}): a summary per severity and per family, the findings grouped
 * by file with the line each points at, filters by severity and rule, and the rules that ran with links to their
 * documentation. Styles and script are inline and a Content-Security-Policy forbids loading anything, so the file
 * works from disk, from a CI artifact or inside a Maven site, offline.
 *
 * <p>The filters also live in the URL fragment: {@code apistatus.html#severity=error,warning&rule=no-content-with-body}
 * opens the page filtered, and changing a filter updates the fragment, so a filtered view can be linked. Without
 * script every finding is shown. Like the other reports the page is deterministic: no timestamps, no absolute paths.
 */
public final class HtmlReporter implements Reporter {

    private final ReportContext context;

    /** A report that does not quote source lines (no project directory known). */
    public HtmlReporter() {
        this(ReportContext.NONE);
    }

    public HtmlReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "apistatus.html";
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        out.write(render(result));
        out.flush();
    }

    String render(LintResult result) {
        SourceLines sources = new SourceLines(context.projectDir());
        StringBuilder html = new StringBuilder(16 * 1024 + result.findings().size() * 600);
        long total = result.findings().size();
        List<String> summaryLines = ConsoleReporter.summary(result);
        String headline = summaryLines.get(summaryLines.size() - 1);

        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
                script-src 'unsafe-inline'; img-src data:">
                <meta name="generator" content="\
                """).append(esc(ToolInfo.NAME + " " + ToolInfo.VERSION)).append("\">\n");
        html.append("<title>apistatus report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n");
        html.append("<body data-total=\"").append(total).append("\">\n<header>\n<h1>apistatus report</h1>\n");
        html.append("<p class=\"headline\">").append(esc(headline)).append("</p>\n</header>\n");

        summary(result, html);
        if (total > 0) {
            filters(result, html);
            findings(result, sources, html);
        }
        rules(result, html);
        html.append("<footer>").append(esc(ToolInfo.NAME + " " + ToolInfo.VERSION)).append(" · <a href=\"")
                .append(esc(ToolInfo.INFORMATION_URI)).append("\">").append(esc(ToolInfo.INFORMATION_URI))
                .append("</a></footer>\n");
        html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(LintResult result, StringBuilder html) {
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"tiles\">\n");
        for (Severity severity : Severity.values()) {
            html.append("<div class=\"tile sev-").append(severity.label()).append("\"><span class=\"n\" id=\"count-")
                    .append(severity.label()).append("\">").append(result.count(severity))
                    .append("</span><span class=\"l\">").append(noun(result.count(severity), severity.label()))
                    .append("</span></div>\n");
        }
        html.append("<div class=\"tile\"><span class=\"n\">").append(result.specsRead())
                .append("</span><span class=\"l\">").append(noun(result.specsRead(), "spec file")).append("</span></div>\n");
        html.append("</div>\n");

        Map<String, Map<Severity, Integer>> byFamily = new TreeMap<>();
        for (Finding finding : result.findings()) {
            byFamily.computeIfAbsent(family(result, finding.ruleId()), f -> new EnumMap<>(Severity.class))
                    .merge(finding.severity(), 1, Integer::sum);
        }
        if (!byFamily.isEmpty()) {
            html.append("<table class=\"families\">\n<thead><tr><th>family</th>");
            for (Severity severity : Severity.values()) {
                html.append("<th>").append(severity.label()).append("</th>");
            }
            html.append("<th>total</th></tr></thead>\n<tbody>\n");
            byFamily.forEach((family, counts) -> {
                html.append("<tr><td>").append(esc(family)).append("</td>");
                int sum = 0;
                for (Severity severity : Severity.values()) {
                    int n = counts.getOrDefault(severity, 0);
                    sum += n;
                    html.append("<td class=\"num\">").append(n == 0 ? "" : n).append("</td>");
                }
                html.append("<td class=\"num\">").append(sum).append("</td></tr>\n");
            });
            html.append("</tbody>\n</table>\n");
        }
        html.append("</section>\n");
    }

    private static void filters(LintResult result, StringBuilder html) {
        html.append("<section id=\"filters\">\n<h2>Filters</h2>\n<div class=\"controls\">\n<span class=\"group\">Severity:");
        for (Severity severity : Severity.values()) {
            html.append(" <label class=\"sev-").append(severity.label()).append("\"><input type=\"checkbox\" name=\"severity\" value=\"")
                    .append(severity.label()).append("\" id=\"filter-").append(severity.label()).append("\" checked> ")
                    .append(severity.label()).append(" (").append(result.count(severity)).append(")</label>");
        }
        html.append("</span>\n<label class=\"group\">Rule: <select id=\"filter-rule\">\n<option value=\"\">all rules</option>\n");
        Map<String, Integer> byRule = new TreeMap<>();
        result.findings().forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        byRule.forEach((rule, n) -> html.append("<option value=\"").append(esc(rule)).append("\">").append(esc(rule))
                .append(" (").append(n).append(")</option>\n"));
        html.append("</select></label>\n<span class=\"group\" id=\"shown\">").append(result.findings().size())
                .append(" of ").append(result.findings().size()).append(" findings shown</span>\n</div>\n</section>\n");
    }

    private static void findings(LintResult result, SourceLines sources, StringBuilder html) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>()).add(finding);
        }
        html.append("<main id=\"findings\">\n<h2>Findings</h2>\n");
        int index = 0;
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            html.append("<section class=\"file\" data-file=\"").append(esc(file.getKey())).append("\">\n<h3>")
                    .append(esc(file.getKey())).append(" <span class=\"count\">")
                    .append(plural(file.getValue().size(), "finding")).append("</span></h3>\n");
            for (Finding finding : file.getValue()) {
                index++;
                SourceLocation at = finding.location();
                String severity = finding.severity().label();
                html.append("<article class=\"finding sev-").append(severity).append("\" id=\"finding-").append(index)
                        .append("\" data-severity=\"").append(severity).append("\" data-rule=\"")
                        .append(esc(finding.ruleId())).append("\">\n<div class=\"head\"><span class=\"badge\">")
                        .append(severity).append("</span> <a class=\"rule\" href=\"").append(esc(helpUri(result, finding)))
                        .append("\">").append(esc(finding.ruleId())).append("</a> <span class=\"loc\">")
                        .append(esc(at.file())).append(':').append(at.line()).append(':').append(at.column())
                        .append("</span></div>\n<p class=\"message\">").append(esc(finding.message())).append("</p>\n");
                Optional<String> line = sources.line(at.file(), at.line());
                if (line.isPresent()) {
                    html.append("<pre class=\"source\"><span class=\"ln\">").append(at.line()).append("</span>")
                            .append(esc(line.get())).append("</pre>\n");
                }
                if (at.pointer() != null && !at.pointer().isEmpty()) {
                    html.append("<p class=\"pointer\">").append(esc(at.pointer())).append("</p>\n");
                }
                if (!finding.related().isEmpty()) {
                    html.append("<details class=\"related\"><summary>")
                            .append(plural(finding.related().size(), "related place")).append("</summary><ul>\n");
                    for (SourceLocation related : finding.related()) {
                        html.append("<li>").append(esc(related.toString()));
                        if (related.pointer() != null) {
                            html.append(" <code>").append(esc(related.pointer())).append("</code>");
                        }
                        html.append("</li>\n");
                    }
                    html.append("</ul></details>\n");
                }
                html.append("</article>\n");
            }
            html.append("</section>\n");
        }
        html.append("</main>\n");
    }

    private static void rules(LintResult result, StringBuilder html) {
        Map<String, Integer> byRule = new TreeMap<>();
        result.findings().forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        html.append("<section id=\"rules\">\n<h2>Rules</h2>\n<table>\n<thead><tr><th>rule</th><th>family</th>"
                + "<th>default</th><th>findings</th><th>what it flags</th></tr></thead>\n<tbody>\n");
        for (RuleMetadata rule : result.rules()) {
            html.append("<tr><td><a href=\"").append(esc(rule.helpUri())).append("\">").append(esc(rule.id()))
                    .append("</a></td><td>").append(esc(rule.family() == null ? "" : rule.family().title()))
                    .append("</td><td>").append(rule.defaultSeverity() == null ? "" : rule.defaultSeverity().label())
                    .append("</td><td class=\"num\">").append(byRule.getOrDefault(rule.id(), 0)).append("</td><td>")
                    .append(esc(rule.summary() == null ? "" : rule.summary())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static String family(LintResult result, String ruleId) {
        return result.rule(ruleId).map(RuleMetadata::family).map(Family::title).orElse("other");
    }

    private static String helpUri(LintResult result, Finding finding) {
        return result.rule(finding.ruleId()).map(RuleMetadata::helpUri)
                .orElse(RuleMetadata.DOCS_BASE + finding.ruleId() + ".md");
    }

    /** {@code error} for one, {@code errors} for any other count. */
    private static String noun(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }

    private static String plural(long n, String noun) {
        return ConsoleReporter.plural(n, noun);
    }

    /** Escapes text for HTML content and double- or single-quoted attributes. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            :root { --error: #b42318; --warning: #b54708; --note: #175cd3; --line: #e4e7ec; --muted: #667085; }
            * { box-sizing: border-box; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #101828;
                   margin: 0 auto; max-width: 1100px; padding: 24px; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 28px 0 10px; }
            h3 { font-size: 15px; margin: 0; padding: 10px 14px; background: #f9fafb; border-bottom: 1px solid var(--line);
                 font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            a { color: #175cd3; }
            .headline { color: var(--muted); margin: 0; }
            .tiles { display: flex; gap: 12px; flex-wrap: wrap; }
            .tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; }
            .tile .n { display: block; font-size: 26px; font-weight: 600; }
            .tile .l { color: var(--muted); }
            .tile.sev-error .n { color: var(--error); } .tile.sev-warning .n { color: var(--warning); }
            .tile.sev-note .n { color: var(--note); }
            table { border-collapse: collapse; margin-top: 14px; width: 100%; }
            th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { font-weight: 600; color: var(--muted); font-size: 13px; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .families { width: auto; min-width: 420px; }
            .controls { display: flex; gap: 18px; flex-wrap: wrap; align-items: center; }
            .controls label { margin-left: 8px; cursor: pointer; }
            #shown { color: var(--muted); }
            section.file { border: 1px solid var(--line); border-radius: 8px; margin-bottom: 16px; overflow: hidden; }
            .finding { padding: 10px 14px; border-top: 1px solid var(--line); }
            h3 + .finding { border-top: 0; }
            .finding .head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
            .badge { font-size: 12px; font-weight: 600; text-transform: uppercase; padding: 1px 8px; border-radius: 10px;
                     color: #fff; }
            .sev-error .badge { background: var(--error); } .sev-warning .badge { background: var(--warning); }
            .sev-note .badge { background: var(--note); }
            .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; }
            .loc, .pointer, .count { color: var(--muted); font-size: 13px; }
            .pointer { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 4px 0 0; }
            .message { margin: 6px 0; }
            pre.source { margin: 6px 0 0; padding: 6px 10px; background: #f2f4f7; border-radius: 6px; overflow-x: auto;
                         font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            pre.source .ln { color: var(--muted); display: inline-block; min-width: 3em; margin-right: 12px;
                             text-align: right; user-select: none; }
            .related { font-size: 13px; margin-top: 4px; }
            [hidden] { display: none !important; }
            footer { margin-top: 32px; color: var(--muted); font-size: 13px; }
            """;

    private static final String SCRIPT = """
            (function () {
              var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=severity]'));
              var rule = document.getElementById('filter-rule');
              var shown = document.getElementById('shown');
              var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
              var files = Array.prototype.slice.call(document.querySelectorAll('section.file'));
              if (!rule) { return; }
              function fromFragment() {
                var params = {};
                location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
                  var eq = pair.indexOf('=');
                  if (eq > 0) { params[decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1)); }
                });
                if (params.severity !== undefined) {
                  var wanted = params.severity.split(',');
                  boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
                } else {
                  boxes.forEach(function (b) { b.checked = true; });
                }
                var known = Array.prototype.some.call(rule.options, function (o) { return o.value === params.rule; });
                rule.value = known ? params.rule : '';
              }
              function toFragment() {
                var parts = [];
                var checked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
                if (checked.length !== boxes.length) { parts.push('severity=' + checked.join(',')); }
                if (rule.value) { parts.push('rule=' + encodeURIComponent(rule.value)); }
                var fragment = parts.length ? '#' + parts.join('&') : ' ';
                try { history.replaceState(null, '', fragment === ' ' ? location.pathname + location.search : fragment); }
                catch (e) { location.hash = parts.join('&'); }
              }
              function apply() {
                var severities = {};
                boxes.forEach(function (b) { severities[b.value] = b.checked; });
                var count = 0;
                findings.forEach(function (f) {
                  var visible = severities[f.getAttribute('data-severity')] && (!rule.value || f.getAttribute('data-rule') === rule.value);
                  f.hidden = !visible;
                  if (visible) { count++; }
                });
                files.forEach(function (s) { s.hidden = !s.querySelector('.finding:not([hidden])'); });
                shown.textContent = count + ' of ' + findings.length + ' findings shown';
                document.body.setAttribute('data-shown', String(count));
              }
              boxes.forEach(function (b) { b.addEventListener('change', function () { apply(); toFragment(); }); });
              rule.addEventListener('change', function () { apply(); toFragment(); });
              window.addEventListener('hashchange', function () { fromFragment(); apply(); });
              fromFragment();
              apply();
            })();
            """;
}
