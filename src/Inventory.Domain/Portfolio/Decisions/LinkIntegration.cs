using Inventory.Domain.Errors;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record LinkIntegration(Guid RelationshipId, CanvasBlock Block, string? Note, DateOnly EffectiveDate)
{
    public IntegrationLinked Decide(SegmentPortfolio segment)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.NotBefore(EffectiveDate, relationship.EstablishedOn, ErrorCodes.BeforeRelationshipEstablished, "the relationship was established");
        Rules.NotRetiredOn(relationship, EffectiveDate);
        var note = Rules.Text(Note, "note");
        Rules.Require(note is not null, "note", ErrorCodes.Required, "note is required: say how the relationship ties to the block");
        return new IntegrationLinked(segment.Id, RelationshipId, Block, note!, EffectiveDate);
    }
}
