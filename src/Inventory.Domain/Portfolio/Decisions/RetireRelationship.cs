namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RetireRelationship(Guid RelationshipId, DateOnly EffectiveDate, string? Reason)
{
    public RelationshipRetired Decide(SegmentPortfolio segment)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.Require(relationship.RetiredOn is null, "relationshipId",
            $"the relationship is already retired from {relationship.RetiredOn:yyyy-MM-dd}");
        Rules.NotBefore(EffectiveDate, relationship.EstablishedOn, "the relationship was established");
        return new RelationshipRetired(segment.Id, RelationshipId, EffectiveDate, Rules.Text(Reason, "reason") ?? "");
    }
}
