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
        var html = new StringBuilder();
        html.Append($$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Review pack {{E(p.Period)}}</title>
            <style>
              body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2433; }
              h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 1.8rem; border-bottom: 1px solid #ccd; }
              table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { padding: .25rem .5rem; border-bottom: 1px solid #e3e6ee; text-align: left; }
              td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } .meta { color: #556; } .restated { background: #fff4d6; padding: .5rem 1rem; }
              @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table { break-inside: auto; } tr { break-inside: avoid; } a { color: inherit; } }
            </style></head><body>
            <h1>Review pack {{E(p.Period)}}{{(p.Title is null ? "" : " — " + E(p.Title))}}</h1>
            <p class="meta">{{p.PeriodStart:yyyy-MM-dd}} to {{p.PeriodEnd:yyyy-MM-dd}} · {{E(view.Status)}}{{(p.ClosedAt is { } closedAt ? $" · closed {closedAt:yyyy-MM-dd HH:mm} UTC" : "")}}{{(p.ClosedBy is null ? "" : " by " + E(p.ClosedBy))}} · figures up to event {{p.UpToSequence}}</p>
            """);
        if (p.Summary is not null) html.Append($"<p>{E(p.Summary)}</p>");

        if (view.Restated.Count > 0)
        {
            html.Append("<div class=\"restated\"><h2>Restated since closing</h2><p>Backdated corrections recorded after the review changed these figures; the pack keeps what was seen at closing.</p><table><tr><th>Figure</th><th class=\"n\">At closing</th><th class=\"n\">Now</th></tr>");
            foreach (var r in view.Restated) html.Append($"<tr><td>{E(r.Figure)}</td><td class=\"n\">{N(r.Was)}</td><td class=\"n\">{N(r.Now)}</td></tr>");
            html.Append("</table></div>");
        }

        html.Append($"<h2>Relationship mix at the end of {E(p.Period)}</h2>");
        html.Append($"<p>{p.Mix.TotalActive} active relationships, total cost {N(p.Mix.TotalCost)}.</p>");
        html.Append("<table><tr><th>Type</th><th class=\"n\">Active</th><th class=\"n\">Cost</th><th class=\"n\">Share of cost</th><th class=\"n\">Interactions</th><th class=\"n\">Satisfaction</th><th class=\"n\">Cost per interaction</th></tr>");
        foreach (var l in p.Mix.Types)
            html.Append($"<tr><td>{Names.Of(l.Type)}</td><td class=\"n\">{l.ActiveCount}</td><td class=\"n\">{N(l.Cost)}</td><td class=\"n\">{Pct(l.ShareByCost)}</td><td class=\"n\">{l.Interactions}</td><td class=\"n\">{N(l.Satisfaction)}</td><td class=\"n\">{N(l.CostPerInteraction)}</td></tr>");
        html.Append("</table>");

        html.Append("<h2>Cost and usage over four quarters</h2><table><tr><th>Quarter</th><th class=\"n\">Active</th><th class=\"n\">Cost</th><th class=\"n\">Interactions</th></tr>");
        foreach (var q in p.Trend) html.Append($"<tr><td>{E(q.Quarter)}</td><td class=\"n\">{q.TotalActive}</td><td class=\"n\">{N(q.TotalCost)}</td><td class=\"n\">{q.TotalInteractions}</td></tr>");
        html.Append("</table>");

        html.Append($"<h2>Expectation gap on {p.PeriodEnd:yyyy-MM-dd}</h2><table><tr><th>Segment</th><th>Met</th><th>Unmet</th><th>Unrequested</th><th class=\"n\">Gap score</th></tr>");
        foreach (var g in p.ExpectationGap)
            html.Append($"<tr><td>{E(g.Name)}</td><td>{List(g.Met)}</td><td>{List(g.Unmet)}</td><td>{List(g.Unrequested)}</td><td class=\"n\">{N(g.GapScore)}</td></tr>");
        html.Append("</table>");

        html.Append($"<h2>Changes since {p.ChangesSince:yyyy-MM-dd}</h2>");
        if (p.Changes.Count == 0) html.Append("<p>None.</p>");
        foreach (var s in p.Changes)
        {
            html.Append($"<h3>{E(s.Name)}</h3><ul>");
            foreach (var c in s.Established) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} established {Names.Of(c.Type)} “{E(c.Name)}”</li>");
            foreach (var c in s.Retired) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} retired “{E(c.Name)}”{(c.Reason is null ? "" : ": " + E(c.Reason))}</li>");
            foreach (var c in s.CostsRevised) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} cost of “{E(c.Name)}” {N(c.Old.MonthlyFixedCost)} → {N(c.New.MonthlyFixedCost)} a month</li>");
            foreach (var c in s.Expectations) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} expectation {Names.Of(c.Type)} {E(c.Change)}</li>");
            foreach (var c in s.Objectives) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} objective {Names.Of(c.From)} → {Names.Of(c.To)}: {E(c.Rationale)}</li>");
            foreach (var c in s.Status) html.Append($"<li>{c.EffectiveDate:yyyy-MM-dd} segment {E(c.Change)}</li>");
            html.Append("</ul>");
        }

        html.Append("<h2>Environment</h2>");
        if (p.Factors.Count == 0) html.Append("<p>No factors recorded.</p>");
        else
        {
            html.Append("<table><tr><th>Factor</th><th>Kind</th><th>Impact</th><th>Description</th><th>Segments</th></tr>");
            foreach (var f in p.Factors)
                html.Append($"<tr><td>{Names.Of(f.Factor)}</td><td>{(f.Internal ? "internal" : "external")}</td><td>{Names.Of(f.Impact)}</td><td>{E(f.Description)}</td><td>{E(string.Join(", ", f.SegmentIds.Select(id => p.SegmentNames.GetValueOrDefault(id, id.ToString()))))}</td></tr>");
            html.Append("</table>");
        }

        html.Append("<h2>Objectives</h2>");
        if (p.Objectives.Count == 0) html.Append("<p>None revisited.</p>");
        foreach (var o in p.Objectives)
            html.Append($"<p><b>{E(p.SegmentNames.GetValueOrDefault(o.SegmentId, o.SegmentId.ToString()))}</b>: {(o.Confirmed ? $"{Names.Of(o.Motivation)} confirmed" : $"{Names.Of(o.Previous)} → {Names.Of(o.Motivation)} from {o.EffectiveDate:yyyy-MM-dd}")} — {E(o.Rationale)}</p>");

        html.Append("<h2>Decisions</h2>");
        if (p.Decisions.Count == 0) html.Append("<p>None.</p>");
        else
        {
            html.Append("<table><tr><th>Decision</th><th>Segment</th><th>Rationale</th><th>Applied</th></tr>");
            foreach (var d in p.Decisions)
                html.Append($"<tr><td>{Names.Of(d.Decision)}{(d.Type is { } t ? " " + Names.Of(t) : "")}</td><td>{E(p.SegmentNames.GetValueOrDefault(d.SegmentId, d.SegmentId.ToString()))}</td><td>{E(d.Rationale)}</td><td>{(d.AppliedOn is { } a ? a.ToString("yyyy-MM-dd") : "—")}</td></tr>");
            html.Append("</table>");
        }

        html.Append("</body></html>");
        return html.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
    private static string N(decimal? value) => value is { } v ? v.ToString("#,0.00##", CultureInfo.InvariantCulture) : "—";
    private static string Pct(decimal? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";
    private static string List(IEnumerable<RelationshipType> types) => string.Join(", ", types.Select(Names.Of));
}
