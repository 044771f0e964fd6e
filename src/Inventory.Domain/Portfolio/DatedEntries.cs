namespace Inventory.Domain.Portfolio;

/// <summary>
/// A relationship's effective-dated entries as read for a date range: the cost and the attributes in effect at its start
/// (each attribute entry complete) and those effective inside it, in effective order (recorded order within a date), and
/// its integrations. The decision state does not keep them (<see cref="PortfolioEvolution.EvolveDecisionState"/>); the
/// store keeps them as rows.
/// </summary>
public sealed record DatedEntries(IReadOnlyList<CostEntry> Costs, IReadOnlyList<AttributesEntry> Attributes, IReadOnlyList<IntegrationEntry> Integrations)
{
    public static readonly DatedEntries None = new([], [], []);
}
