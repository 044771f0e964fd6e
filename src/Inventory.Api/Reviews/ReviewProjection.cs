using Inventory.Domain.Reviews;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Inventory.Api.Reviews;

/// <summary>The review, kept inline so its commands decide on the latest state.</summary>
public partial class ReviewProjection : SingleStreamProjection<Review, Guid>
{
    // An Evolve override names no event types, so without this every append (usage on a segment too) loaded a review.
    public ReviewProjection() => IncludeType<IReviewEvent>();

    public override Review? Evolve(Review? snapshot, Guid id, IEvent e) => Review.Evolve(snapshot, e.Data);
}

/// <summary>The organization's overdue review periods.</summary>
public partial class ReviewCalendarProjection : SingleStreamProjection<ReviewCalendar, Guid>
{
    public ReviewCalendarProjection() => IncludeType<ReviewOverdue>();

    public override ReviewCalendar? Evolve(ReviewCalendar? snapshot, Guid id, IEvent e) => ReviewCalendar.Evolve(snapshot, id, e.Data);
}
