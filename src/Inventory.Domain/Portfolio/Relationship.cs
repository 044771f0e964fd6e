using Inventory.Domain.Figures;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio;

/// <summary>
/// One relationship a segment runs: its active period (what decisions need) and, when folded whole or handed its
/// <see cref="DatedEntries"/>, its effective-dated attributes, costs and integrations (what figures and pages need).
/// Its monthly usage and satisfaction are kept apart (<see cref="Figures.MonthlyFacts"/>), one row per month in the store.
/// </summary>
public sealed class Relationship
{
    public Guid Id { get; set; }
    public RelationshipType Type { get; set; }
    public string Name { get; set; } = "";
    public DateOnly EstablishedOn { get; set; }
    /// <summary>First day it is no longer active (exclusive end); null while open.</summary>
    public DateOnly? RetiredOn { get; set; }
    public string? RetirementReason { get; set; }
    public List<AttributesEntry> Attributes { get; set; } = [];
    public List<CostEntry> Costs { get; set; } = [];
    public List<IntegrationEntry> Integrations { get; set; } = [];

    public bool IsActiveOn(DateOnly day) => EstablishedOn <= day && (RetiredOn is null || day < RetiredOn);

    /// <summary>True when some day of <paramref name="month"/> falls in the active period [established, retired).</summary>
    public bool Overlaps(YearMonth month) =>
        month.LastDay >= EstablishedOn && (RetiredOn is null || month.FirstDay < RetiredOn);

    /// <summary>The last day of <paramref name="month"/> on which the relationship is active; null when none is.</summary>
    public DateOnly? LastActiveDayIn(YearMonth month) => LastActiveDayIn(month.FirstDay, month.LastDay);

    /// <summary>The last day of <paramref name="quarter"/> on which the relationship is active; null when none is.</summary>
    public DateOnly? LastActiveDayIn(Quarter quarter) => LastActiveDayIn(quarter.FirstDay, quarter.LastDay);

    private DateOnly? LastActiveDayIn(DateOnly first, DateOnly last)
    {
        if (last < EstablishedOn || RetiredOn <= first) return null;
        return RetiredOn is { } r && r <= last ? r.AddDays(-1) : last;
    }

    public CostEntry CostOn(DateOnly day) => SegmentPortfolio.Latest(Costs, c => c.EffectiveDate, day) ?? Costs[0];

    /// <summary>The attributes in effect on <paramref name="day"/>: the establishment's, changed by every adjustment effective by then.</summary>
    public AttributesEntry AttributesOn(DateOnly day)
    {
        var current = Attributes[0];
        foreach (var change in Attributes.Skip(1).Where(a => a.EffectiveDate <= day).OrderBy(a => a.EffectiveDate))
        {
            current = current.ChangedBy(change);
        }

        return current;
    }

    /// <summary>The relationship with <paramref name="dated"/> as its cost, attribute and integration entries.</summary>
    public Relationship WithDated(DatedEntries dated) => new()
    {
        Id = Id,
        Type = Type,
        Name = Name,
        EstablishedOn = EstablishedOn,
        RetiredOn = RetiredOn,
        RetirementReason = RetirementReason,
        Attributes = dated.Attributes.ToList(),
        Costs = dated.Costs.ToList(),
        Integrations = dated.Integrations.ToList(),
    };

    public Relationship AsOf(DateOnly date) => new()
    {
        Id = Id,
        Type = Type,
        Name = Name,
        EstablishedOn = EstablishedOn,
        RetiredOn = RetiredOn <= date ? RetiredOn : null,
        RetirementReason = RetiredOn <= date ? RetirementReason : null,
        Attributes = Attributes.Where(a => a.EffectiveDate <= date).ToList(),
        Costs = Costs.Where(c => c.EffectiveDate <= date).ToList(),
        Integrations = Integrations.Where(i => i.EffectiveDate <= date).ToList(),
    };
}

/// <summary>
/// The relationship's descriptive attributes from <see cref="EffectiveDate"/>. The first entry is complete
/// (the establishment); later ones carry only what an adjustment changed (null = unchanged).
/// </summary>
public sealed record AttributesEntry(
    IReadOnlyList<Channel>? Channels,
    IReadOnlyList<Phase>? Phases,
    IReadOnlyList<Motivation>? Motivations,
    Horizon? Horizon,
    string? Owner,
    string? Provider,
    DateOnly EffectiveDate,
    string? Reason)
{
    public AttributesEntry ChangedBy(AttributesEntry change) => new(
        change.Channels ?? Channels,
        change.Phases ?? Phases,
        change.Motivations ?? Motivations,
        change.Horizon ?? Horizon,
        change.Owner ?? Owner,
        change.Provider ?? Provider,
        change.EffectiveDate,
        change.Reason);
}

public sealed record CostEntry(decimal MonthlyFixedCost, decimal CostPerInteraction, DateOnly EffectiveDate, string? Reason);

public sealed record UsageEntry(YearMonth Month, long Interactions, long CustomersReached);

public sealed record SatisfactionEntry(YearMonth Month, decimal Score, long Responses);

/// <summary>A segment's outcome of one month: revenue, customers acquired and lost in it, customers at its end.</summary>
public sealed record OutcomeEntry(YearMonth Month, decimal Revenue, int NewCustomers, int LostCustomers, int ActiveCustomers);

public sealed record IntegrationEntry(CanvasBlock Block, string Note, DateOnly EffectiveDate);
