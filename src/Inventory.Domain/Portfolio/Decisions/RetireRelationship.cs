using Inventory.Domain.Errors;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RetireRelationship(Guid RelationshipId, DateOnly EffectiveDate, string? Reason)
{
    public RelationshipRetired Decide(SegmentPortfolio segment)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.Require(relationship.RetiredOn is null, "relationshipId", ErrorCodes.AlreadyRetired,
            $"the relationship is already retired from {relationship.RetiredOn:yyyy-MM-dd}", ("retiredOn", relationship.RetiredOn));
        Rules.NotBefore(EffectiveDate, relationship.EstablishedOn, ErrorCodes.BeforeRelationshipEstablished, "the relationship was established");
        return new RelationshipRetired(segment.Id, RelationshipId, EffectiveDate, Rules.Text(Reason, "reason") ?? "");
    }
}
