using System.Globalization;
using System.Net;
using System.Text;
using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;

namespace Inventory.Api.Reviews;

/// <summary>The review pack as a printable page: plain HTML and print CSS, nothing fetched from elsewhere.</summary>
public static class ReviewPackPage
{
    public static string Render(ReviewView view)
    {
        var p = view.Pack;
        var currency = p.Currency ?? "";
        string N(decimal? value) => Money(value, currency);
        var html = new StringBuilder();
        html.Append($$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Review pack {{E(p.Period)}}</title>
            <link rel="stylesheet" href="/app/pack.css"></head><body>
            <h1>Review pack {{E(p.Period)}}{{(p.Title is null ? "" : " — " + E(p.Title))}}</h1>
            <p class="meta">{{p.PeriodStart:yyyy-MM-dd}} to {{p.PeriodEnd:yyyy-MM-dd}} · {{E(view.Status)}}{{(p.ClosedAt is { } closedAt ? $" · closed {closedAt:yyyy-MM-dd HH:mm} UTC" : "")}}{{(p.ClosedBy is null ? "" : " by " + E(p.ClosedBy))}} · figures up to event {{p.UpToSequence}}</p>
            """);
        if (p.Summary is not null) html.Append($"<p>{E(p.Summary)}</p>");

        if (view.Restated.Count > 0)
        {
            html.Append("<div class=\"restated\"><h2>Restated since closing</h2><p>Backdated corrections recorded after the review changed these figures; the pack keeps what was seen at closing.</p><div class=\"scroll\" tabindex=\"0\"><table><tr><th>Figure</th><th class=\"n\">At closing</th><th class=\"n\">Now</th></tr>");
            foreach (var r in view.Restated) html.Append($"<tr><td>{E(FigureName(r.Figure))}</td><td class=\"n\">{Figure(r.Figure, r.Was, currency)}</td><td class=\"n\">{Figure(r.Figure, r.Now, currency)}</td></tr>");
            html.Append("</table></div></div>");
        }

        html.Append($"<h2>Relationship mix at the end of {E(p.Period)}</h2>");
        html.Append($"<p>{p.Mix.TotalActive} active relationships, total cost {N(p.Mix.TotalCost)} in the quarter. Cost per interaction is all-in: the cost (fixed and variable) divided by the interactions.</p>");
        html.Append("<div class=\"scroll\" tabindex=\"0\"><table><tr><th>Type</th><th class=\"n\">Active</th><th class=\"n\">Cost</th><th class=\"n\">Share of cost</th><th class=\"n\">Interactions</th><th class=\"n\">Satisfaction</th><th class=\"n\">Cost per interaction</th></tr>");
        foreach (var l in p.Mix.Types)
            html.Append($"<tr><td>{Words(l.Type)}</td><td class=\"n\">{l.ActiveCount}</td><td class=\"n\">{N(l.Cost)}</td><td class=\"n\">{Pct(l.ShareByCost)}</td><td class=\"n\">{Count(l.Interactions)}</td><td class=\"n\">{Score(l.Satisfaction)}</td><td class=\"n\">{Money(l.CostPerInteraction, currency, 4)}</td></tr>");
        html.Append("</table></div>");

        html.Append("<h2>Cost and usage over four quarters</h2><div class=\"scroll\" tabindex=\"0\"><table><tr><th>Quarter</th><th class=\"n\">Active</th><th class=\"n\">Cost</th><th class=\"n\">Interactions</th></tr>");
        foreach (var q in p.Trend) html.Append($"<tr><td>{E(q.Quarter)}</td><td class=\"n\">{q.TotalActive}</td><td class=\"n\">{N(q.TotalCost)}</td><td class=\"n\">{Count(q.TotalInteractions)}</td></tr>");
        html.Append("</table></div>");

        html.Append($"<h2>Expectation gap on {p.PeriodEnd:yyyy-MM-dd}</h2><p class=\"meta\">Met: expected and active; unmet: expected, not active; unrequested: active, not expected. The gap score is the importance of the unmet types over that of all expected types.</p><div class=\"scroll\" tabindex=\"0\"><table><tr><th>Segment</th><th>Met</th><th>Unmet</th><th>Unrequested</th><th class=\"n\">Gap score</th></tr>");
        foreach (var g in p.ExpectationGap)
            html.Append($"<tr><td>{E(g.Name)}</td><td>{List(g.Met)}</td><td>{List(g.Unmet)}</td><td>{List(g.Unrequested)}</td><td class=\"n\">{Pct(g.GapScore)}</td></tr>");
        html.Append("</table></div>");

        html.Append($"<h2>Changes since {p.ChangesSince:yyyy-MM-dd}</h2>");
        if (p.Changes.Count == 0) html.Append("<p>None.</p>");
        foreach (var s in p.Changes)
        {
            html.Append($"<h3>{E(s.Name)}</h3><ul>");
            foreach (var c in s.Established) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} established {Words(c.Type)} “{E(c.Name)}”</li>");
            foreach (var c in s.Retired) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} retired “{E(c.Name)}”{(c.Reason is null ? "" : ": " + E(c.Reason))}</li>");
            foreach (var c in s.CostsRevised) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} cost of “{E(c.Name)}” {N(c.Old.MonthlyFixedCost)} → {N(c.New.MonthlyFixedCost)} a month</li>");
            foreach (var c in s.Expectations) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} expectation {Words(c.Type)} {E(c.Change)}</li>");
            foreach (var c in s.Objectives) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} objective {Words(c.From)} → {Words(c.To)}: {E(c.Rationale)}</li>");
            foreach (var c in s.Status) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} segment {E(c.Change)}</li>");
            html.Append("</ul>");
        }

        html.Append("<h2>Environment</h2>");
        if (p.Factors.Count == 0) html.Append("<p>No factors recorded.</p>");
        else
        {
            html.Append("<div class=\"scroll\" tabindex=\"0\"><table><tr><th>Factor</th><th>Kind</th><th>Impact</th><th>Description</th><th>Segments</th></tr>");
            foreach (var f in p.Factors)
                html.Append($"<tr><td>{Words(f.Factor)}</td><td>{(f.Internal ? "internal" : "external")}</td><td>{Words(f.Impact)}</td><td>{E(f.Description)}</td><td>{E(string.Join(", ", f.SegmentIds.Select(id => p.SegmentNames.GetValueOrDefault(id, id.ToString()))))}</td></tr>");
            html.Append("</table></div>");
        }

        html.Append("<h2>Objectives</h2>");
        if (p.Objectives.Count == 0) html.Append("<p>None revisited.</p>");
        foreach (var o in p.Objectives)
            html.Append($"<p><b>{E(p.SegmentNames.GetValueOrDefault(o.SegmentId, o.SegmentId.ToString()))}</b>: {(o.Confirmed ? $"{Words(o.Motivation)} confirmed" : $"{Words(o.Previous)} → {Words(o.Motivation)} from {o.EffectiveDate:yyyy-MM-dd}")} — {E(o.Rationale)}</p>");

        html.Append("<h2>Decisions</h2>");
        if (p.Decisions.Count == 0) html.Append("<p>None.</p>");
        else
        {
            html.Append("<div class=\"scroll\" tabindex=\"0\"><table><tr><th>Decision</th><th>Segment</th><th>Rationale</th><th>Applied</th></tr>");
            foreach (var d in p.Decisions)
                html.Append($"<tr><td>{Words(d.Decision)}{(d.Type is { } t ? " " + Words(t) : "")}</td><td>{E(p.SegmentNames.GetValueOrDefault(d.SegmentId, d.SegmentId.ToString()))}</td><td>{E(d.Rationale)}</td><td>{(d.AppliedOn is { } a ? a.ToString("yyyy-MM-dd") : "—")}</td></tr>");
            html.Append("</table></div>");
        }

        html.Append("</body></html>");
        return LabelCells(html.ToString());
    }

    /// <summary>
    /// Gives every data cell its column's name (<c>data-label</c>), so that on a phone pack.css can stack a row's cells,
    /// each labelled, instead of cutting the table off at the screen's edge.
    /// </summary>
    private static string LabelCells(string page) =>
        System.Text.RegularExpressions.Regex.Replace(page, "<table>(.*?)</table>", table =>
        {
            var rows = table.Groups[1].Value.Split("<tr>", StringSplitOptions.RemoveEmptyEntries);
            var labels = System.Text.RegularExpressions.Regex.Matches(rows[0], "<th[^>]*>(.*?)</th>").Select(m => m.Groups[1].Value).ToList();
            var body = rows.Skip(1).Select(row =>
            {
                var column = 0;
                return System.Text.RegularExpressions.Regex.Replace(row, "<td", _ => column < labels.Count ? $"<td data-label=\"{labels[column++]}\"" : "<td");
            });
            return "<table><tr>" + rows[0] + string.Concat(body.Select(r => "<tr>" + r)) + "</table>";
        }, System.Text.RegularExpressions.RegexOptions.Singleline);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
    private static string Money(decimal? value, string currency, int decimals = 2) =>
        value is { } v ? $"{E(currency)} {v.ToString(decimals == 2 ? "#,0.00" : "#,0.00##", CultureInfo.InvariantCulture)}" : "—";
    /// <summary>A restated figure in its own unit: money, a rate, a satisfaction score or a count.</summary>
    private static string Figure(string name, decimal? value, string currency) =>
        name.EndsWith("cost per interaction", StringComparison.Ordinal) ? Money(value, currency, 4)
        : name.EndsWith("cost", StringComparison.Ordinal) ? Money(value, currency)
        : name.EndsWith("satisfaction", StringComparison.Ordinal) ? Score(value)
        : value is { } v ? v.ToString("#,0", CultureInfo.InvariantCulture) : "—";

    /// <summary>A restated figure's name with its relationship types in words; quarters and segment names stay as written.</summary>
    internal static string FigureName(string name) =>
        string.Join(' ', name.Split(' ').Select(w => Names.TryParse<RelationshipType>(w, out var type) ? Words(type).ToLowerInvariant() : w));

    private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
    private static string Score(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";
    private static string Pct(decimal? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";
    private static string List(IEnumerable<RelationshipType> types) => string.Join(", ", types.Select(Words));

    /// <summary>A vocabulary name as words, as the pages write it: <c>selfService</c> → "Self-service".</summary>
    public static string Words<T>(T value) where T : struct, Enum => Words(Names.Of(value));

    public static string Words(string name)
    {
        var special = name switch { "selfService" => "Self-service", "coCreation" => "Co-creation", "longTerm" => "Long-term", "inPerson" => "In person", _ => null };
        if (special is not null) return special;
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c)) words.Append(' ').Append(char.ToLowerInvariant(c));
            else words.Append(c);
        }
        return words.Length == 0 ? "" : char.ToUpperInvariant(words[0]) + words.ToString(1, words.Length - 1);
    }
}
