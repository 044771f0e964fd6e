using Inventory.Domain.Figures;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio;

/// <summary>Folds portfolio events into a <see cref="SegmentPortfolio"/>; the only place state changes.</summary>
public static class PortfolioEvolution
{
    public static SegmentPortfolio? Evolve(SegmentPortfolio? segment, object @event)
    {
        var evolved = Apply(segment, @event);
        if (evolved is not null && EffectiveDateOf(@event) is { } date && date > evolved.LatestEffectiveDate) evolved.LatestEffectiveDate = date;
        return evolved;
    }

    private static DateOnly? EffectiveDateOf(object @event) => @event switch
    {
        SegmentDefined e => e.EffectiveDate,
        SegmentObjectiveChanged e => e.EffectiveDate,
        ExpectationRecorded e => e.EffectiveDate,
        ExpectationWithdrawn e => e.EffectiveDate,
        RelationshipEstablished e => e.EffectiveDate,
        RelationshipAdjusted e => e.EffectiveDate,
        IntegrationLinked e => e.EffectiveDate,
        CostRevised e => e.EffectiveDate,
        UsageRecorded e => e.Month.FirstDay,
        SatisfactionRecorded e => e.Month.FirstDay,
        RelationshipRetired e => e.EffectiveDate,
        SegmentDiscontinued e => e.EffectiveDate,
        SegmentReinstated e => e.EffectiveDate,
        _ => null,
    };

    private static SegmentPortfolio? Apply(SegmentPortfolio? segment, object @event)
    {
        if (@event is SegmentDefined defined)
        {
            return new SegmentPortfolio
            {
                Id = defined.SegmentId,
                Name = defined.Name,
                Description = defined.Description,
                DefinedOn = defined.EffectiveDate,
                Objectives = [new ObjectiveEntry(defined.Motivation, null, defined.EffectiveDate)],
            };
        }

        if (segment is null) return null;

        switch (@event)
        {
            case SegmentObjectiveChanged e:
                segment.Objectives.Add(new ObjectiveEntry(e.Motivation, e.Rationale, e.EffectiveDate));
                break;
            case ExpectationRecorded e:
                segment.Expectations.Add(new ExpectationEntry(e.Type, e.Importance, e.EffectiveDate));
                break;
            case ExpectationWithdrawn e:
                segment.Expectations.Add(new ExpectationEntry(e.Type, null, e.EffectiveDate));
                break;
            case SegmentDiscontinued e:
                segment.StatusChanges.Add(new StatusEntry(true, e.EffectiveDate, e.Reason));
                break;
            case SegmentReinstated e:
                segment.StatusChanges.Add(new StatusEntry(false, e.EffectiveDate, e.Reason));
                break;
            case RelationshipEstablished e:
                var established = new Relationship
                {
                    Id = e.RelationshipId,
                    Type = e.Type,
                    Name = e.Name,
                    EstablishedOn = e.EffectiveDate,
                    Attributes = [new AttributesEntry(e.Channels, e.Phases, e.Motivations, e.Horizon, e.Owner, e.Provider, e.EffectiveDate, null)],
                    Costs = [new CostEntry(e.MonthlyFixedCost, e.CostPerInteraction, e.EffectiveDate, null)],
                };
                Figures(segment).Apply(null, e.Type, YearMonth.Of(e.EffectiveDate), null,
                    () => segment.Relationships.Add(established), () => established);
                break;
            case IRelationshipEvent e when segment.Find(e.RelationshipId) is { } relationship:
                if (ChangedMonths(e) is var (from, to))
                    Figures(segment).Apply(relationship, relationship.Type, from, to, () => Apply(relationship, e), () => relationship);
                else
                    Apply(relationship, e);
                break;
        }

        return segment;
    }

    /// <summary>The months an event changes figures in: one month, or from a month to the end (null).</summary>
    private static (YearMonth From, YearMonth? To)? ChangedMonths(IRelationshipEvent @event) => @event switch
    {
        CostRevised e => (YearMonth.Of(e.EffectiveDate), null),
        RelationshipRetired e => (YearMonth.Of(e.EffectiveDate), null),
        UsageRecorded e => (e.Month, e.Month),
        SatisfactionRecorded e => (e.Month, e.Month),
        _ => null,
    };

    /// <summary>The figures to keep up to date; computed afresh when a portfolio comes without them.</summary>
    private static MonthlyFigures Figures(SegmentPortfolio segment) => segment.Figures ??= MonthlyFigures.Compute(segment);

    private static void Apply(Relationship relationship, IRelationshipEvent @event)
    {
        switch (@event)
        {
            case RelationshipAdjusted e:
                relationship.Attributes.Add(new AttributesEntry(e.Channels, e.Phases, e.Motivations, e.Horizon, e.Owner, e.Provider, e.EffectiveDate, e.Reason));
                break;
            case IntegrationLinked e:
                relationship.Integrations.Add(new IntegrationEntry(e.Block, e.Note, e.EffectiveDate));
                break;
            case CostRevised e:
                relationship.Costs.Add(new CostEntry(e.MonthlyFixedCost, e.CostPerInteraction, e.EffectiveDate, e.Reason));
                break;
            case UsageRecorded e:
                Replace(relationship.Usage, new UsageEntry(e.Month, e.Interactions, e.CustomersReached), u => u.Month == e.Month, u => u.Month);
                break;
            case SatisfactionRecorded e:
                Replace(relationship.Satisfaction, new SatisfactionEntry(e.Month, e.Score, e.Responses), s => s.Month == e.Month, s => s.Month);
                break;
            case RelationshipRetired e:
                relationship.RetiredOn = e.EffectiveDate;
                relationship.RetirementReason = e.Reason;
                break;
        }
    }

    private static void Replace<T, TKey>(List<T> entries, T entry, Predicate<T> same, Func<T, TKey> order) where TKey : IComparable<TKey>
    {
        var index = entries.FindIndex(same);
        if (index >= 0)
        {
            entries[index] = entry;
            return;
        }

        var at = entries.FindIndex(e => order(e).CompareTo(order(entry)) > 0);
        entries.Insert(at < 0 ? entries.Count : at, entry);
    }
}
