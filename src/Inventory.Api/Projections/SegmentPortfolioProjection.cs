using Inventory.Domain.Portfolio;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Api.Projections;

/// <summary>
/// The segment's portfolio, kept inline with each append so commands decide on the latest state. The same fold keeps
/// its figures per type and month, which the storage duplicates into their own column for reports (see <see cref="InventoryProjections"/>).
/// </summary>
public partial class SegmentPortfolioProjection : SingleStreamProjection<SegmentPortfolio, Guid>
{
    public SegmentPortfolioProjection() => IncludeType<IPortfolioEvent>();

    public override SegmentPortfolio? Evolve(SegmentPortfolio? snapshot, Guid id, IEvent e) =>
        PortfolioEvolution.Evolve(snapshot, e.Data);
}
