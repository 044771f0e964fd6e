using System.Text.Json.Serialization;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Figures;

/// <summary>
/// A segment's figures per relationship type and calendar month, kept up to date event by event so reports read
/// them instead of replaying history. Months run from the first establishment to the last month anything changes
/// in (<see cref="FirstMonth"/>..<see cref="LastMonth"/>); every later month is the same <see cref="Steady"/> month:
/// the relationships then active, each costing its full monthly figure, with no usage.
/// </summary>
public sealed class MonthlyFigures
{
    public YearMonth? FirstMonth { get; set; }
    public YearMonth? LastMonth { get; set; }
    public Dictionary<YearMonth, Dictionary<RelationshipType, MonthFigures>> Months { get; set; } = new();
    public Dictionary<RelationshipType, MonthFigures> Steady { get; set; } = new();

    public MonthFigures Month(RelationshipType type, YearMonth month)
    {
        if (FirstMonth is not { } first || month < first) return default;
        if (month > LastMonth!.Value) return Steady.GetValueOrDefault(type);
        return Months.TryGetValue(month, out var types) ? types.GetValueOrDefault(type) : default;
    }

    /// <summary>The types that have figures in some month of <paramref name="from"/>..<paramref name="to"/>.</summary>
    public IEnumerable<RelationshipType> TypesIn(YearMonth from, YearMonth to)
    {
        if (FirstMonth is not { } first || to < first) return [];
        var types = new HashSet<RelationshipType>();
        if (to > LastMonth!.Value) types.UnionWith(Steady.Keys);
        foreach (var (month, cells) in Months)
        {
            if (month >= from && month <= to) types.UnionWith(cells.Keys);
        }

        return types;
    }

    /// <summary>Every figure computed afresh from the portfolio.</summary>
    public static MonthlyFigures Compute(SegmentPortfolio segment)
    {
        var figures = new MonthlyFigures();
        if (segment.Relationships.Count == 0) return figures;
        var (first, last) = Span(segment.Relationships);
        var types = segment.Relationships.Select(r => r.Type).Distinct().ToArray();
        figures.FirstMonth = first;
        figures.LastMonth = last;
        figures.RecomputeMonths(segment, types, first, last);
        foreach (var type in types) Set(figures.Steady, type, Sum(segment, type, last.Next()));
        return figures;
    }

    /// <summary>
    /// Recomputes <paramref name="type"/>'s months from <paramref name="from"/> to <paramref name="to"/> (null: to the last month)
    /// after a change, widening the month range to <paramref name="changedMonth"/> where needed.
    /// </summary>
    public void Refresh(SegmentPortfolio segment, RelationshipType type, YearMonth from, YearMonth? to, YearMonth changedMonth)
    {
        var oldFirst = FirstMonth;
        var oldLast = LastMonth;
        FirstMonth = oldFirst is { } f && f <= from ? f : from;
        LastMonth = oldLast is { } l && l >= changedMonth ? l : changedMonth;

        var everyType = segment.Relationships.Select(r => r.Type).Distinct().ToArray();
        // Months that were before the range or part of the steady tail now need their own figures, for every type.
        if (oldFirst is { } wasFirst && FirstMonth.Value < wasFirst) RecomputeMonths(segment, everyType, FirstMonth.Value, Previous(wasFirst));
        if (oldLast is { } wasLast && LastMonth.Value > wasLast) RecomputeMonths(segment, everyType, wasLast.Next(), LastMonth.Value);

        RecomputeMonths(segment, [type], from, to ?? LastMonth.Value);

        var steady = LastMonth.Value.Next();
        foreach (var t in oldLast is { } last && LastMonth.Value > last ? everyType : [type])
        {
            Set(Steady, t, Sum(segment, t, steady));
        }
    }

    private void RecomputeMonths(SegmentPortfolio segment, IReadOnlyList<RelationshipType> types, YearMonth from, YearMonth to)
    {
        for (var month = from; month <= to; month = month.Next())
        {
            if (!Months.TryGetValue(month, out var cells)) Months[month] = cells = new Dictionary<RelationshipType, MonthFigures>();
            foreach (var type in types) Set(cells, type, Sum(segment, type, month));
            if (cells.Count == 0) Months.Remove(month);
        }
    }

    private static MonthFigures Sum(SegmentPortfolio segment, RelationshipType type, YearMonth month)
    {
        var sum = default(MonthFigures);
        foreach (var relationship in segment.Relationships)
        {
            if (relationship.Type != type || relationship.EstablishedOn > month.LastDay) continue;
            if (relationship.RetiredOn is { } r && r <= month.FirstDay && !relationship.Usage.Exists(u => u.Month == month)
                && !relationship.Satisfaction.Exists(s => s.Month == month)) continue;
            sum += RelationshipMonth.Compute(relationship, month);
        }

        return sum;
    }

    private static void Set(Dictionary<RelationshipType, MonthFigures> cells, RelationshipType type, MonthFigures figures)
    {
        if (figures.IsEmpty) cells.Remove(type);
        else cells[type] = figures;
    }

    private static YearMonth Previous(YearMonth month) => month.Month == 1 ? new YearMonth(month.Year - 1, 12) : month with { Month = month.Month - 1 };

    /// <summary>The first and the last month anything about these relationships takes effect in.</summary>
    public static (YearMonth First, YearMonth Last) Span(IEnumerable<Relationship> relationships)
    {
        YearMonth? first = null, last = null;
        foreach (var r in relationships)
        {
            Widen(YearMonth.Of(r.EstablishedOn));
            if (r.RetiredOn is { } retired) Widen(YearMonth.Of(retired));
            foreach (var cost in r.Costs) Widen(YearMonth.Of(cost.EffectiveDate));
            foreach (var usage in r.Usage) Widen(usage.Month);
            foreach (var satisfaction in r.Satisfaction) Widen(satisfaction.Month);
        }

        return (first!.Value, last!.Value);

        void Widen(YearMonth month)
        {
            if (first is null || month < first) first = month;
            if (last is null || month > last) last = month;
        }
    }
}
