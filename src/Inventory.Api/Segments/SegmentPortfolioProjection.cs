using Inventory.Domain.Portfolio;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Api.Segments;

/// <summary>
/// The segment's decision state, kept inline with each append so commands decide on the latest state. Usage, satisfaction and
/// outcomes do not change it (they are rows, see <see cref="RelationshipMonthsProjection"/> and <see cref="SegmentMonthsProjection"/>),
/// so recording them leaves the document alone; cost revisions, attributes and integrations are rows too
/// (<see cref="DatedEntriesProjection"/>), so the document does not grow with them. A rebuild keeps each document in memory and writes it once per flush window, not once per page of events.
/// </summary>
public partial class SegmentPortfolioProjection : SingleStreamProjection<SegmentPortfolio, Guid>
{
    public SegmentPortfolioProjection()
    {
        foreach (var type in typeof(IPortfolioEvent).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPortfolioEvent).IsAssignableFrom(t)
                                 && t != typeof(UsageRecorded) && t != typeof(SatisfactionRecorded) && t != typeof(SegmentOutcomeRecorded)))
        {
            IncludeType(type);
        }

        // An import (its type is defined with the importer) may revise costs: the portfolio folds its changes.
        IncludeType<IImportedChanges>();
        Options.RebuildFlushThreshold = 1000;
    }

    public override SegmentPortfolio? Evolve(SegmentPortfolio? snapshot, Guid id, IEvent e) =>
        PortfolioEvolution.EvolveDecisionState(snapshot, e.Data);
}
