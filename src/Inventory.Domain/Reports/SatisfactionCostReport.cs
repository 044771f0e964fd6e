using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

/// <summary>
/// Satisfaction against cost per interaction over a period, per type and per relationship, and the answer to the
/// strategy question: which gives the best satisfaction, which costs least per interaction.
/// </summary>
public sealed record SatisfactionCostReport(
    string From,
    string To,
    IReadOnlyList<SatisfactionCostLine> Types,
    IReadOnlyList<SatisfactionCostLine> Relationships,
    SatisfactionCostAnswer Answer)
{
    public static SatisfactionCostReport Build(IReadOnlyList<Quarter> quarters, IReadOnlyList<SegmentFacts> portfolios)
    {
        var relationships = PeriodFigures.RelationshipsOf(portfolios)
            .Select(x => (x.Segment, x.Relationship, Figures: PeriodFigures.Over(x.Relationship, x.Facts, quarters)))
            .Where(x => x.Figures.IsPresent || x.Figures.SatisfactionResponses > 0)
            .ToList();

        var types = relationships.GroupBy(x => x.Relationship.Type).OrderBy(g => g.Key)
            .Select(g => SatisfactionCostLine.Of(Names.Of(g.Key), Names.Of(g.Key), null, g.Key, g.Aggregate(default(QuarterFigures), (sum, x) => PeriodFigures.Add(sum, x.Figures))))
            .ToList();
        var lines = relationships
            .Select(x => SatisfactionCostLine.Of(x.Relationship.Id.ToString(), x.Relationship.Name, x.Segment.Name, x.Relationship.Type, x.Figures))
            .OrderBy(l => l.Segment, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToList();

        return new SatisfactionCostReport(quarters[0].ToString(), quarters[^1].ToString(), types, lines, new SatisfactionCostAnswer(
            Best(types, l => l.Satisfaction, highest: true), Best(types, l => l.CostPerInteraction, highest: false),
            Best(lines, l => l.Satisfaction, highest: true), Best(lines, l => l.CostPerInteraction, highest: false)));
    }

    private static SatisfactionCostLine? Best(IEnumerable<SatisfactionCostLine> lines, Func<SatisfactionCostLine, decimal?> by, bool highest)
    {
        var candidates = lines.Where(l => by(l) is not null);
        return highest ? candidates.OrderByDescending(by).FirstOrDefault() : candidates.OrderBy(by).FirstOrDefault();
    }
}

public sealed record SatisfactionCostLine(
    string Key, string Name, string? Segment, RelationshipType Type,
    decimal? Satisfaction, long Responses, decimal Cost, long Interactions, decimal? CostPerInteraction)
{
    public static SatisfactionCostLine Of(string key, string name, string? segment, RelationshipType type, QuarterFigures f) =>
        new(key, name, segment, type, Rounding.Rate(f.Satisfaction), f.SatisfactionResponses, Rounding.Money(f.Cost), f.Interactions,
            Rounding.Rate(f.CostPerInteraction));
}

/// <summary>The best satisfaction and the lowest cost per interaction, by type and by relationship (null when nothing was measured).</summary>
public sealed record SatisfactionCostAnswer(
    SatisfactionCostLine? BestSatisfactionType,
    SatisfactionCostLine? LowestCostType,
    SatisfactionCostLine? BestSatisfactionRelationship,
    SatisfactionCostLine? LowestCostRelationship);
