using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Figures;

/// <summary>
/// A segment's figures per relationship type and calendar month, kept up to date event by event so reports read
/// them instead of replaying history. Months run from the first establishment to the last month anything changes
/// in (<see cref="FirstMonth"/>..<see cref="LastMonth"/>); every later month is the same <see cref="Steady"/> month:
/// the relationships then active, each costing its full monthly figure, with no usage.
/// </summary>
/// <remarks>
/// A change to one relationship is applied as a delta: its contribution to each month it touches after the change,
/// minus its contribution before. A type's cell is the sum of its relationships' contributions, so this keeps each
/// event's cost proportional to the months it changes, not to the size of the segment.
/// </remarks>
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
        var last = LastMonth!.Value;
        if (to > last) types.UnionWith(Steady.Keys);
        // Walks the asked months, not the whole history: a quarter costs the same at any history length.
        for (var month = from < first ? first : from; month <= to && month <= last; month = month.Next())
        {
            if (Months.TryGetValue(month, out var cells)) types.UnionWith(cells.Keys);
        }

        return types;
    }

    /// <summary>Every figure computed afresh from the portfolio.</summary>
    public static MonthlyFigures Compute(SegmentPortfolio segment)
    {
        var figures = new MonthlyFigures();
        if (segment.Relationships.Count == 0) return figures;
        var (first, last) = Span(segment.Relationships);
        figures.FirstMonth = first;
        figures.LastMonth = last;
        foreach (var relationship in segment.Relationships)
        {
            var contribution = Contribution.Of(relationship, first, last);
            figures.Add(relationship.Type, contribution, sign: 1);
        }

        return figures;
    }

    /// <summary>
    /// Applies a change to <paramref name="relationship"/> that takes effect from <paramref name="from"/> to
    /// <paramref name="to"/> (null: to the end): <paramref name="change"/> mutates the relationship (or adds it).
    /// </summary>
    public void Apply(Relationship? relationship, RelationshipType type, YearMonth from, YearMonth? to, Action change, Func<Relationship?> after)
    {
        Widen(from, to ?? from);
        var last = to ?? LastMonth!.Value;
        if (relationship is not null) Add(type, Contribution.Of(relationship, from, last, LastMonth!.Value), sign: -1);
        change();
        if (after() is { } changed) Add(type, Contribution.Of(changed, from, last, LastMonth!.Value), sign: 1);
    }

    /// <summary>Makes the explicit months cover <paramref name="from"/>..<paramref name="to"/>; months taken from the steady tail keep its figures.</summary>
    private void Widen(YearMonth from, YearMonth to)
    {
        if (FirstMonth is null)
        {
            FirstMonth = from;
            LastMonth = to;
            return;
        }

        if (from < FirstMonth.Value) FirstMonth = from;
        for (var month = LastMonth!.Value.Next(); month <= to; month = month.Next())
        {
            if (Steady.Count > 0) Months[month] = new Dictionary<RelationshipType, MonthFigures>(Steady);
        }

        if (to > LastMonth.Value) LastMonth = to;
    }

    private void Add(RelationshipType type, Contribution contribution, int sign)
    {
        foreach (var (month, figures) in contribution.Months)
        {
            if (figures.IsEmpty) continue;
            if (!Months.TryGetValue(month, out var cells)) Months[month] = cells = new Dictionary<RelationshipType, MonthFigures>();
            Set(cells, type, sign > 0 ? cells.GetValueOrDefault(type) + figures : cells.GetValueOrDefault(type) - figures);
            if (cells.Count == 0) Months.Remove(month);
        }

        if (contribution.Steady is { IsEmpty: false } steady)
            Set(Steady, type, sign > 0 ? Steady.GetValueOrDefault(type) + steady : Steady.GetValueOrDefault(type) - steady);
    }

    private static void Set(Dictionary<RelationshipType, MonthFigures> cells, RelationshipType type, MonthFigures figures)
    {
        if (figures.IsEmpty) cells.Remove(type);
        else cells[type] = figures;
    }

    /// <summary>One relationship's figures for some months and, when they run to the end, for the steady tail.</summary>
    private sealed record Contribution(IReadOnlyList<(YearMonth Month, MonthFigures Figures)> Months, MonthFigures? Steady)
    {
        public static Contribution Of(Relationship relationship, YearMonth from, YearMonth to, YearMonth? last = null)
        {
            var costs = RelationshipMonth.CostTimeline(relationship);
            var months = new List<(YearMonth, MonthFigures)>();
            for (var month = from; month <= to; month = month.Next())
            {
                if (relationship.EstablishedOn > month.LastDay) continue;
                months.Add((month, RelationshipMonth.Compute(relationship, month, costs)));
            }

            var end = last ?? to;
            return new Contribution(months, to >= end ? RelationshipMonth.Compute(relationship, end.Next(), costs) : null);
        }
    }

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
