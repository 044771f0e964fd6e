namespace Inventory.Domain.Portfolio;

/// <summary>
/// Folds portfolio events into a <see cref="SegmentPortfolio"/>; the only place state changes. Usage, satisfaction and
/// outcomes leave the portfolio as it is (they are monthly facts, see <see cref="Figures.MonthlyFacts"/>); an import means its changes.
/// </summary>
public static class PortfolioEvolution
{
    /// <summary>The whole portfolio: with every relationship's cost revisions, attribute changes and integrations.</summary>
    public static SegmentPortfolio? Evolve(SegmentPortfolio? segment, object @event) => Evolve(segment, @event, withDated: true);

    /// <summary>
    /// The decision state: the whole portfolio without the relationships' effective-dated entries (costs, attributes,
    /// integrations), which no decision reads; the store keeps those as rows, so this state does not grow with them.
    /// </summary>
    public static SegmentPortfolio? EvolveDecisionState(SegmentPortfolio? segment, object @event) => Evolve(segment, @event, withDated: false);

    private static SegmentPortfolio? Evolve(SegmentPortfolio? segment, object @event, bool withDated)
    {
        if (@event is IImportedChanges imported)
        {
            foreach (var change in imported.Changes()) segment = Evolve(segment, change, withDated);
            return segment;
        }

        var evolved = Apply(segment, @event, withDated);
        if (evolved is not null && EffectiveDateOf(@event) is { } date && date > evolved.LatestEffectiveDate) evolved.LatestEffectiveDate = date;
        return evolved;
    }

    /// <summary>True when the event changes the portfolio (usage, satisfaction and outcomes do not: they are monthly facts).</summary>
    public static bool Changes(object @event) => @event switch
    {
        UsageRecorded or SatisfactionRecorded or SegmentOutcomeRecorded => false,
        IImportedChanges e => e.Changes().Any(Changes),
        _ => @event is IPortfolioEvent,
    };

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
        RelationshipRetired e => e.EffectiveDate,
        SegmentDiscontinued e => e.EffectiveDate,
        SegmentReinstated e => e.EffectiveDate,
        _ => null,
    };

    private static SegmentPortfolio? Apply(SegmentPortfolio? segment, object @event, bool withDated)
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
                segment.Relationships.Add(new Relationship
                {
                    Id = e.RelationshipId,
                    Type = e.Type,
                    Name = e.Name,
                    EstablishedOn = e.EffectiveDate,
                    Attributes = withDated ? [new AttributesEntry(e.Channels, e.Phases, e.Motivations, e.Horizon, e.Owner, e.Provider, e.EffectiveDate, null)] : [],
                    Costs = withDated ? [new CostEntry(e.MonthlyFixedCost, e.CostPerInteraction, e.EffectiveDate, null)] : [],
                });
                break;
            case IRelationshipEvent e when segment.Find(e.RelationshipId) is { } relationship:
                Apply(relationship, e, withDated);
                break;
        }

        return segment;
    }

    private static void Apply(Relationship relationship, IRelationshipEvent @event, bool withDated)
    {
        switch (@event)
        {
            case RelationshipAdjusted or IntegrationLinked or CostRevised when !withDated:
                break;
            case RelationshipAdjusted e:
                relationship.Attributes.Add(new AttributesEntry(e.Channels, e.Phases, e.Motivations, e.Horizon, e.Owner, e.Provider, e.EffectiveDate, e.Reason));
                break;
            case IntegrationLinked e:
                relationship.Integrations.Add(new IntegrationEntry(e.Block, e.Note, e.EffectiveDate));
                break;
            case CostRevised e:
                relationship.Costs.Add(new CostEntry(e.MonthlyFixedCost, e.CostPerInteraction, e.EffectiveDate, e.Reason));
                break;
            case RelationshipRetired e:
                relationship.RetiredOn = e.EffectiveDate;
                relationship.RetirementReason = e.Reason;
                break;
        }
    }
}
