using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio;

/// <summary>
/// A customer segment and its relationship portfolio, folded from the segment's stream: the state its commands decide on.
/// It keeps every effective-dated fact decisions need (objectives, expectations, status, relationships' active periods)
/// so any date can be asked of it. The relationships' costs, attributes and integrations are part of it when folded
/// whole (<see cref="PortfolioEvolution.Evolve"/>), not in the stored decision state, which is handed the ones a report
/// or page needs (<see cref="WithDated"/>); monthly usage and satisfaction are never part of it (see <see cref="Figures.MonthlyFacts"/>).
/// </summary>
public sealed class SegmentPortfolio
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly DefinedOn { get; set; }
    public List<ObjectiveEntry> Objectives { get; set; } = [];
    public List<ExpectationEntry> Expectations { get; set; } = [];
    public List<StatusEntry> StatusChanges { get; set; } = [];
    public List<Relationship> Relationships { get; set; } = [];
    /// <summary>The latest effective date of anything recorded: asked as of that date or later, the portfolio is complete.</summary>
    public DateOnly LatestEffectiveDate { get; set; }

    public bool IsDiscontinued => StatusChanges.Count > 0 && StatusChanges[^1].Discontinued;
    public StatusEntry? Discontinuation => IsDiscontinued ? StatusChanges[^1] : null;

    /// <summary>The first relationship with this id. A file import asks once per row: a large portfolio is looked up by id,
    /// the index rebuilt whenever the list was replaced or grew (relationships are only ever added).</summary>
    public Relationship? Find(Guid relationshipId)
    {
        var relationships = Relationships;
        if (relationships.Count < IndexFrom) return relationships.Find(r => r.Id == relationshipId);
        var index = _index;
        if (index is null || !ReferenceEquals(index.Relationships, relationships) || index.Count != relationships.Count)
        {
            var byId = new Dictionary<Guid, Relationship>(relationships.Count);
            foreach (var relationship in relationships) byId.TryAdd(relationship.Id, relationship);
            _index = index = new RelationshipIndex(relationships, relationships.Count, byId);
        }

        return index.ById.GetValueOrDefault(relationshipId);
    }

    private const int IndexFrom = 16;
    // One reference, swapped whole: a reader never sees one list's count with another's index.
    private RelationshipIndex? _index;
    private sealed record RelationshipIndex(List<Relationship> Relationships, int Count, Dictionary<Guid, Relationship> ById);

    public bool IsDefinedOn(DateOnly date) => DefinedOn <= date;

    public bool IsDiscontinuedOn(DateOnly date) => StatusOn(date)?.Discontinued ?? false;

    /// <summary>The last discontinuation or reinstatement effective by <paramref name="date"/>.</summary>
    public StatusEntry? StatusOn(DateOnly date) => Latest(StatusChanges, s => s.EffectiveDate, date);

    public Motivation ObjectiveOn(DateOnly date) => ObjectiveEntryOn(date).Motivation;

    public ObjectiveEntry ObjectiveEntryOn(DateOnly date) => Latest(Objectives, o => o.EffectiveDate, date) ?? Objectives[0];

    /// <summary>Expected types and their importance (1–5) on <paramref name="date"/>.</summary>
    public IReadOnlyDictionary<RelationshipType, int> ExpectationsOn(DateOnly date)
    {
        var result = new Dictionary<RelationshipType, int>();
        foreach (var group in Expectations.Where(e => e.EffectiveDate <= date).GroupBy(e => e.Type))
        {
            if (Latest(group.ToList(), e => e.EffectiveDate, date) is { Importance: { } importance }) result[group.Key] = importance;
        }

        return result;
    }

    /// <summary>The entry with the latest effective date on or before <paramref name="date"/>; of equal dates, the one recorded last.</summary>
    internal static T? Latest<T>(IReadOnlyList<T> entries, Func<T, DateOnly> effective, DateOnly date) where T : class
    {
        T? best = null;
        foreach (var entry in entries)
        {
            if (effective(entry) <= date && (best is null || effective(entry) >= effective(best))) best = entry;
        }

        return best;
    }

    /// <summary>
    /// The portfolio with its relationships' effective-dated entries (<paramref name="dated"/>, by relationship) in place
    /// of the ones it holds: the decision state made whole for the dates those entries cover.
    /// </summary>
    public SegmentPortfolio WithDated(IReadOnlyDictionary<Guid, DatedEntries> dated) => new()
    {
        Id = Id,
        Name = Name,
        Description = Description,
        DefinedOn = DefinedOn,
        Objectives = Objectives,
        Expectations = Expectations,
        StatusChanges = StatusChanges,
        Relationships = Relationships.Select(r => r.WithDated(dated.GetValueOrDefault(r.Id) ?? DatedEntries.None)).ToList(),
        LatestEffectiveDate = LatestEffectiveDate,
    };

    /// <summary>The portfolio as it stood on <paramref name="date"/>: facts effective later are left out.</summary>
    public SegmentPortfolio AsOf(DateOnly date) => new()
    {
        Id = Id,
        Name = Name,
        Description = Description,
        DefinedOn = DefinedOn,
        Objectives = Objectives.Where(o => o.EffectiveDate <= date).ToList(),
        Expectations = Expectations.Where(e => e.EffectiveDate <= date).ToList(),
        StatusChanges = StatusChanges.Where(s => s.EffectiveDate <= date).ToList(),
        Relationships = Relationships.Where(r => r.EstablishedOn <= date).Select(r => r.AsOf(date)).ToList(),
        LatestEffectiveDate = LatestEffectiveDate < date ? LatestEffectiveDate : date,
    };
}

public sealed record ObjectiveEntry(Motivation Motivation, string? Rationale, DateOnly EffectiveDate);

/// <summary>An expectation recorded (with its importance) or withdrawn (importance null).</summary>
public sealed record ExpectationEntry(RelationshipType Type, int? Importance, DateOnly EffectiveDate);

public sealed record StatusEntry(bool Discontinued, DateOnly EffectiveDate, string Reason);
