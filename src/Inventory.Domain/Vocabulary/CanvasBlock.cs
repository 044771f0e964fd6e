namespace Inventory.Domain.Vocabulary;

/// <summary>The other blocks of the Business Model Canvas a relationship is integrated with.</summary>
public enum CanvasBlock
{
    CustomerSegments,
    ValuePropositions,
    Channels,
    RevenueStreams,
    KeyResources,
    KeyActivities,
    KeyPartnerships,
    CostStructure,
}
