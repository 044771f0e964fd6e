using Inventory.Domain.Portfolio;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace Inventory.Api.Projections;

/// <summary>
/// The segment's portfolio, kept inline with each append so commands decide on the latest state; its figures per
/// type and month are kept up to date by the same fold and copied into a <see cref="SegmentFiguresDocument"/> for reports.
/// </summary>
public partial class SegmentPortfolioProjection : SingleStreamProjection<SegmentPortfolio, Guid>
{
    public override SegmentPortfolio? Evolve(SegmentPortfolio? snapshot, Guid id, IEvent e) =>
        PortfolioEvolution.Evolve(snapshot, e.Data);

    public override ValueTask RaiseSideEffects(IDocumentOperations operations, IEventSlice<SegmentPortfolio> slice)
    {
        if (slice.Snapshot is { } segment)
        {
            operations.Store(new SegmentFiguresDocument
            {
                Id = segment.Id,
                Name = segment.Name,
                LatestEffectiveDate = segment.LatestEffectiveDate(),
                Figures = segment.CurrentFigures(),
            });
        }

        return ValueTask.CompletedTask;
    }
}
