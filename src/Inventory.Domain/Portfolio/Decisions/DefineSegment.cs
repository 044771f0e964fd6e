using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record DefineSegment(Guid SegmentId, string Name, string? Description, Motivation Motivation, DateOnly EffectiveDate)
{
    public SegmentDefined Decide() =>
        new(SegmentId, Rules.Name(Name, "name"), Rules.Text(Description, "description"), Motivation, EffectiveDate);
}
