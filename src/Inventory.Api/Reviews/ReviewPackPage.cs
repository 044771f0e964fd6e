using System.Globalization;
using System.Net;
using System.Text;
using Inventory.Api.Languages;
using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;

namespace Inventory.Api.Reviews;

/// <summary>
/// The review pack as a printable page, in a language (<c>?lang=</c>, else the reader's): plain HTML and print CSS,
/// nothing fetched from elsewhere; numbers, money, dates and quarters written that language's way.
/// </summary>
public static class ReviewPackPage
{
    public static string Render(ReviewView view) => Render(view, Texts.English);

    public static string Render(ReviewView view, Texts texts)
    {
        var p = view.Pack;
        var f = texts.Formats;
        var currency = p.Currency ?? "";
        string T(string key) => E(texts[key]);
        string F(string key, params (string Name, object? Value)[] values) => E(texts.Format(key, values));
        string N(decimal? value) => Money(value, currency, f);
        string D(DateOnly date) => E(Date(date, texts));
        string Q(string quarter) => E(Quarter(quarter, texts));
        string W<T>(T value) where T : struct, Enum => E(Words(value, texts));
        string Th(string key, bool number = false) => $"<th{(number ? " class=\"n\"" : "")}>{T(key)}</th>";
        var html = new StringBuilder();
        var title = texts.Format("pack.title", ("period", Quarter(p.Period, texts)));
        var closed = p.ClosedAt is { } closedAt
            ? " · " + F("pack.closedAt", ("date", Date(DateOnly.FromDateTime(closedAt.UtcDateTime), texts)), ("time", closedAt.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)))
            : "";
        html.Append($$"""
            <!doctype html>
            <html lang="{{texts.Language}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(title)}}</title>
            <link rel="stylesheet" href="/app/pack.css"></head><body>
            <h1>{{E(title)}}{{(p.Title is null ? "" : " — " + E(p.Title))}}</h1>
            <p class="meta">{{F("pack.period", ("start", Date(p.PeriodStart, texts)), ("end", Date(p.PeriodEnd, texts)))}} · {{E(texts[$"vocab.reviewStatus.{view.Status}"].ToLowerInvariant())}}{{closed}}{{(p.ClosedBy is null ? "" : " " + F("pack.by", ("user", p.ClosedBy)))}} · {{F("pack.upToEvent", ("sequence", p.UpToSequence))}}</p>
            """);
        if (p.Summary is not null) html.Append($"<p>{E(p.Summary)}</p>");

        if (view.Restated.Count > 0)
        {
            html.Append($"<div class=\"restated\"><h2>{T("pack.restated")}</h2><p>{T("pack.restatedIntro")}</p><div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.figure")}{Th("pack.atClosing", true)}{Th("pack.now", true)}</tr>");
            foreach (var r in view.Restated) html.Append($"<tr><td>{E(FigureName(r.Figure, texts))}</td><td class=\"n\">{Figure(r.Figure, r.Was, currency, f)}</td><td class=\"n\">{Figure(r.Figure, r.Now, currency, f)}</td></tr>");
            html.Append("</table></div></div>");
        }

        html.Append($"<h2>{F("pack.mixAtEnd", ("period", Quarter(p.Period, texts)))}</h2>");
        html.Append($"<p>{F("pack.mixSummary", ("active", Count(p.Mix.TotalActive, f)), ("cost", f.Money(p.Mix.TotalCost, currency)))}</p>");
        html.Append($"<div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.type")}{Th("pack.active", true)}{Th("pack.cost", true)}{Th("pack.shareOfCost", true)}{Th("pack.interactions", true)}{Th("pack.satisfaction", true)}{Th("pack.costPerInteraction", true)}</tr>");
        foreach (var l in p.Mix.Types)
            html.Append($"<tr><td>{W(l.Type)}</td><td class=\"n\">{Count(l.ActiveCount, f)}</td><td class=\"n\">{N(l.Cost)}</td><td class=\"n\">{Pct(l.ShareByCost, f)}</td><td class=\"n\">{Count(l.Interactions, f)}</td><td class=\"n\">{Score(l.Satisfaction, f)}</td><td class=\"n\">{Money(l.CostPerInteraction, currency, f, 4)}</td></tr>");
        html.Append("</table></div>");

        html.Append($"<h2>{T("pack.trend")}</h2><div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.quarter")}{Th("pack.active", true)}{Th("pack.cost", true)}{Th("pack.interactions", true)}</tr>");
        foreach (var q in p.Trend) html.Append($"<tr><td>{Q(q.Quarter)}</td><td class=\"n\">{Count(q.TotalActive, f)}</td><td class=\"n\">{N(q.TotalCost)}</td><td class=\"n\">{Count(q.TotalInteractions, f)}</td></tr>");
        html.Append("</table></div>");

        html.Append($"<h2>{F("pack.gapOn", ("date", Date(p.PeriodEnd, texts)))}</h2><p class=\"meta\">{T("pack.gapIntro")}</p><div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.segment")}{Th("pack.met")}{Th("pack.unmet")}{Th("pack.unrequested")}{Th("pack.gapScore", true)}</tr>");
        foreach (var g in p.ExpectationGap)
            html.Append($"<tr><td>{E(g.Name)}</td><td>{List(g.Met, texts)}</td><td>{List(g.Unmet, texts)}</td><td>{List(g.Unrequested, texts)}</td><td class=\"n\">{Pct(g.GapScore, f)}</td></tr>");
        html.Append("</table></div>");

        CostBenefit(html, p, texts, currency);

        html.Append($"<h2>{F("pack.changesSince", ("date", Date(p.ChangesSince, texts)))}</h2>");
        if (p.Changes.Count == 0) html.Append($"<p>{T("pack.none")}</p>");
        foreach (var s in p.Changes)
        {
            html.Append($"<h3>{E(s.Name)}</h3><ul>");
            foreach (var c in s.Established) html.Append($"<li>{D(c.EffectiveDate)} {F("pack.established", ("type", Words(c.Type, texts).ToLowerInvariant()), ("name", c.Name))}</li>");
            foreach (var c in s.Retired) html.Append($"<li>{D(c.EffectiveDate)} {F("pack.retired", ("name", c.Name))}{(c.Reason is null ? "" : ": " + E(c.Reason))}</li>");
            foreach (var c in s.CostsRevised) html.Append($"<li>{D(c.EffectiveDate)} {F("pack.costRevised", ("name", c.Name), ("old", f.Money(c.Old.MonthlyFixedCost, currency)), ("new", f.Money(c.New.MonthlyFixedCost, currency)))}</li>");
            foreach (var c in s.Expectations) html.Append($"<li>{D(c.EffectiveDate)} {F($"pack.expectation.{c.Change}", ("type", Words(c.Type, texts).ToLowerInvariant()))}</li>");
            foreach (var c in s.Objectives) html.Append($"<li>{D(c.EffectiveDate)} {F("pack.objective", ("from", Words(c.From, texts).ToLowerInvariant()), ("to", Words(c.To, texts).ToLowerInvariant()))}: {E(c.Rationale)}</li>");
            foreach (var c in s.Status) html.Append($"<li>{D(c.EffectiveDate)} {T($"pack.status.{c.Change}")}</li>");
            html.Append("</ul>");
        }

        html.Append($"<h2>{T("pack.environment")}</h2>");
        if (p.Factors.Count == 0) html.Append($"<p>{T("pack.noFactors")}</p>");
        else
        {
            html.Append($"<div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.factor")}{Th("pack.kind")}{Th("pack.impact")}{Th("pack.description")}{Th("pack.segments")}</tr>");
            foreach (var x in p.Factors)
                html.Append($"<tr><td>{W(x.Factor)}</td><td>{E(texts[x.Internal ? "vocab.factorKind.internal" : "vocab.factorKind.external"].ToLowerInvariant())}</td><td>{W(x.Impact)}</td><td>{E(x.Description)}</td><td>{E(string.Join(", ", x.SegmentIds.Select(id => p.SegmentNames.GetValueOrDefault(id, id.ToString()))))}</td></tr>");
            html.Append("</table></div>");
        }

        html.Append($"<h2>{T("pack.objectives")}</h2>");
        if (p.Objectives.Count == 0) html.Append($"<p>{T("pack.noObjectives")}</p>");
        foreach (var o in p.Objectives)
            html.Append($"<p><b>{E(p.SegmentNames.GetValueOrDefault(o.SegmentId, o.SegmentId.ToString()))}</b>: {(o.Confirmed ? F("pack.confirmed", ("objective", Words(o.Motivation, texts))) : F("pack.changed", ("from", Words(o.Previous, texts)), ("to", Words(o.Motivation, texts)), ("date", Date(o.EffectiveDate, texts))))} — {E(o.Rationale)}</p>");

        html.Append($"<h2>{T("pack.decisions")}</h2>");
        if (p.Decisions.Count == 0) html.Append($"<p>{T("pack.none")}</p>");
        else
        {
            html.Append($"<div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.decision")}{Th("pack.segment")}{Th("pack.rationale")}{Th("pack.takenOn")}{Th("pack.applied")}</tr>");
            foreach (var d in p.Decisions)
                html.Append($"<tr><td>{W(d.Decision)}{(d.Type is { } t ? " " + E(Words(t, texts).ToLowerInvariant()) : "")}</td><td>{E(p.SegmentNames.GetValueOrDefault(d.SegmentId, d.SegmentId.ToString()))}</td><td>{E(d.Rationale)}</td><td>{TakenOn(d.TakenOn, texts, currency)}</td><td>{(d.AppliedOn is { } a ? D(a) : "—")}</td></tr>");
            html.Append("</table></div>");
        }

        html.Append("</body></html>");
        return LabelCells(html.ToString());
    }

    /// <summary>
    /// Each segment's cost-benefit at the period's end (its flags in words), then the four quarters up to it, the
    /// organization's totals first. A pack frozen before the cost-benefit was kept says so.
    /// </summary>
    private static void CostBenefit(StringBuilder html, ReviewPackContent p, Texts texts, string currency)
    {
        var f = texts.Formats;
        string T(string key) => E(texts[key]);
        string Th(string key, bool number = false) => $"<th{(number ? " class=\"n\"" : "")}>{T(key)}</th>";
        string N(decimal? value) => Money(value, currency, f);
        html.Append($"<h2>{E(texts.Format("pack.costBenefit.atEnd", ("period", Quarter(p.Period, texts))))}</h2>");
        if (p.CostBenefit is not { Count: > 0 } quarters)
        {
            html.Append($"<p>{T("pack.costBenefit.notKept")}</p>");
            return;
        }

        html.Append($"<p class=\"meta\">{T("pack.costBenefit.intro")}</p>");
        var end = quarters[^1];
        if (end.Segments.Count == 0) html.Append($"<p>{T("pack.none")}</p>");
        else
        {
            // Two narrower tables rather than one of eleven columns: each fits a printed A4 page.
            html.Append($"<div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.segment")}{Th("pack.costBenefit.objective")}{Th("pack.costBenefit.revenue", true)}{Th("pack.costBenefit.relationshipCost", true)}{Th("pack.costBenefit.costToServe", true)}{Th("pack.costBenefit.alignment", true)}{Th("pack.costBenefit.flags")}</tr>");
            foreach (var s in end.Segments)
                html.Append($"<tr><td>{E(s.Name)}</td><td>{E(Words(s.Objective, texts))}</td><td class=\"n\">{N(s.Revenue)}</td><td class=\"n\">{N(s.RelationshipCost)}</td><td class=\"n\">{Pct(s.CostToServe, f)}</td><td class=\"n\">{Pct(s.ObjectiveAlignment, f)}</td><td>{Flags(s.Flags, texts)}</td></tr>");
            html.Append("</table></div>");
            html.Append($"<h3>{E(texts.Format("pack.costBenefit.customers", ("period", Quarter(p.Period, texts))))}</h3>");
            html.Append($"<div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.segment")}{Th("pack.costBenefit.newCustomers", true)}{Th("pack.costBenefit.lostCustomers", true)}{Th("pack.costBenefit.closingCustomers", true)}{Th("pack.costBenefit.retentionRate", true)}{Th("pack.costBenefit.acquisitionCost", true)}</tr>");
            foreach (var s in end.Segments)
                html.Append($"<tr><td>{E(s.Name)}</td><td class=\"n\">{Count(s.NewCustomers, f)}</td><td class=\"n\">{Count(s.LostCustomers, f)}</td><td class=\"n\">{Customers(s.ClosingCustomers, f)}</td><td class=\"n\">{Pct(s.RetentionRate, f)}</td><td class=\"n\">{N(s.AcquisitionCostPerNewCustomer)}</td></tr>");
            html.Append("</table></div>");
        }

        html.Append($"<h2>{T("pack.costBenefit.trend")}</h2><div class=\"scroll\" tabindex=\"0\"><table><tr>{Th("pack.quarter")}{Th("pack.segment")}{Th("pack.costBenefit.revenue", true)}{Th("pack.costBenefit.relationshipCost", true)}{Th("pack.costBenefit.costToServe", true)}{Th("pack.costBenefit.newCustomers", true)}{Th("pack.costBenefit.lostCustomers", true)}{Th("pack.costBenefit.flags")}</tr>");
        foreach (var q in quarters)
        {
            html.Append($"<tr><td><b>{E(Quarter(q.Quarter, texts))}</b></td><td><b>{T("pack.costBenefit.allSegments")}</b></td><td class=\"n\">{N(q.Revenue)}</td><td class=\"n\">{N(q.RelationshipCost)}</td><td class=\"n\">{Pct(q.CostToServe, f)}</td><td class=\"n\">{Count(q.NewCustomers, f)}</td><td class=\"n\">{Count(q.LostCustomers, f)}</td><td></td></tr>");
            foreach (var s in q.Segments)
                html.Append($"<tr><td>{E(Quarter(q.Quarter, texts))}</td><td>{E(s.Name)}</td><td class=\"n\">{N(s.Revenue)}</td><td class=\"n\">{N(s.RelationshipCost)}</td><td class=\"n\">{Pct(s.CostToServe, f)}</td><td class=\"n\">{Count(s.NewCustomers, f)}</td><td class=\"n\">{Count(s.LostCustomers, f)}</td><td>{Flags(s.Flags, texts)}</td></tr>");
        }

        html.Append("</table></div>");
    }

    /// <summary>A decision's cost-benefit figures, as kept when it was recorded; "—" for a decision that weighs none.</summary>
    private static string TakenOn(CostBenefitSegment? figures, Texts texts, string currency)
    {
        if (figures is null) return "—";
        var f = texts.Formats;
        var text = E(texts.Format("pack.takenOnFigures", ("revenue", f.Money(figures.Revenue, currency)), ("cost", f.Money(figures.RelationshipCost, currency)),
            ("costToServe", figures.CostToServe is { } c ? f.Percent(c) : "—")));
        return figures.Flags.Count == 0 ? text : $"{text}; {Flags(figures.Flags, texts)}";
    }

    /// <summary>A segment's flags in plain words, or "—".</summary>
    private static string Flags(IReadOnlyList<CostBenefitFlag> flags, Texts texts) =>
        flags.Count == 0 ? "—" : E(string.Join(", ", flags.Select(flag => texts[$"vocab.flag.{Names.Of(flag)}"])));

    private static string Customers(long? value, LanguageFormat format) => value is { } v ? Count(v, format) : "—";

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

    private static string Money(decimal? value, string currency, LanguageFormat format, int decimals = 2) =>
        value is { } v ? E(format.Money(v, currency, decimals)) : "—";

    /// <summary>A restated figure in its own unit (its measure's): money, a rate, a satisfaction score or a count.</summary>
    private static string Figure(string name, decimal? value, string currency, LanguageFormat format) =>
        MeasureOf(name).Unit switch
        {
            Unit.Money4 => Money(value, currency, format, 4),
            Unit.Money => Money(value, currency, format),
            Unit.Score => Score(value, format),
            Unit.Rate => Pct(value, format),
            _ => value is { } v ? v.ToString("#,0", format.Numbers) : "—",
        };

    private enum Unit { Count, Money, Money4, Rate, Score }

    /// <summary>The measures a restated figure's name ends with (see Restatements), longest first, and their units.</summary>
    private static readonly (string English, string Key, Unit Unit)[] Measures =
    [
        ("acquisition cost per new customer", "pack.measure.acquisitionCostPerNewCustomer", Unit.Money),
        ("cost per interaction", "pack.measure.costPerInteraction", Unit.Money4), ("revenue per customer", "pack.measure.revenuePerCustomer", Unit.Money),
        ("objective alignment", "pack.measure.objectiveAlignment", Unit.Rate), ("closing customers", "pack.measure.closingCustomers", Unit.Count),
        ("relationship cost", "pack.measure.relationshipCost", Unit.Money), ("lost customers", "pack.measure.lostCustomers", Unit.Count),
        ("retention rate", "pack.measure.retentionRate", Unit.Rate), ("new customers", "pack.measure.newCustomers", Unit.Count),
        ("cost to serve", "pack.measure.costToServe", Unit.Rate),
        ("total active", "pack.measure.totalActive", Unit.Count), ("total cost", "pack.measure.totalCost", Unit.Money),
        ("active count", "pack.measure.activeCount", Unit.Count), ("interactions", "pack.measure.interactions", Unit.Count), ("satisfaction", "pack.measure.satisfaction", Unit.Score),
        ("gap score", "pack.measure.gapScore", Unit.Rate), ("revenue", "pack.measure.revenue", Unit.Money), ("cost", "pack.measure.cost", Unit.Money),
    ];

    private static (string? English, string? Key, Unit Unit) MeasureOf(string name)
    {
        foreach (var m in Measures)
            if (name.EndsWith(" " + m.English, StringComparison.Ordinal))
                return m;
        return (null, null, Unit.Count);
    }

    /// <summary>A restated figure's name in English with its relationship types in words; quarters and segment names stay as written.</summary>
    internal static string FigureName(string name) => FigureName(name, Texts.English);

    /// <summary>
    /// A restated figure's name (<c>2025-Q4 Sport riders selfService cost</c>) in a language: its quarter written that
    /// language's way, its relationship type and measure in words, the segment's name as written.
    /// </summary>
    internal static string FigureName(string name, Texts texts)
    {
        var measure = MeasureOf(name);
        var subject = measure.English is null ? name : name[..^(measure.English.Length + 1)];
        var words = subject.Split(' ').Select((w, i) =>
            i == 0 && System.Text.RegularExpressions.Regex.IsMatch(w, @"^\d{4}-Q[1-4]$") ? Quarter(w, texts)
            : Names.TryParse<RelationshipType>(w, out var type) ? Words(type, texts).ToLowerInvariant() : w);
        return string.Join(' ', words) + (measure.Key is null ? "" : " " + texts[measure.Key]);
    }

    private static string Count(long value, LanguageFormat format) => value.ToString("#,0", format.Numbers);
    private static string Score(decimal? value, LanguageFormat format) => value is { } v ? v.ToString("0.0", format.Numbers) : "—";
    private static string Pct(decimal? value, LanguageFormat format) => value is { } v ? E(format.Percent(v)) : "—";
    private static string List(IEnumerable<RelationshipType> types, Texts texts) => E(string.Join(", ", types.Select(t => Words(t, texts))));

    /// <summary>A vocabulary name in a language's words: <c>selfService</c> → "Self-service", "Autoservicio".</summary>
    public static string Words<T>(T value, Texts texts) where T : struct, Enum => texts[$"vocab.{Area<T>()}.{Names.Of(value)}"];

    private static string Area<T>() => typeof(T).Name switch
    {
        nameof(RelationshipType) => "type",
        nameof(EnvironmentFactor) => "factor",
        nameof(ReviewDecision) => "decision",
        nameof(CanvasBlock) => "block",
        var other => Names.Camel(other),
    };

    /// <summary>A date: as the API writes it (YYYY-MM-DD) in English, else the language's way with the month in words.</summary>
    private static string Date(DateOnly date, Texts texts) =>
        texts.Language == Texts.Default ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : texts.Formats.Date(date);

    /// <summary>A quarter (<c>2026-Q1</c>) the language's way: "2026-Q1", "T1 2026", "1º tri 2026".</summary>
    private static string Quarter(string quarter, Texts texts) =>
        quarter.Length == 7 && quarter[4] == '-' && quarter[5] == 'Q'
            ? texts.Format("page.common.quarter", ("year", quarter[..4]), ("n", quarter[6..])) : quarter;
}
