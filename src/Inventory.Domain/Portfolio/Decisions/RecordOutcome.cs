using Inventory.Domain.Errors;
using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio.Decisions;

/// <summary>
/// A segment's outcome for a calendar month: revenue, customers acquired and lost in it, customers at its end.
/// A discontinued segment still takes outcomes (trailing revenue is real).
/// </summary>
public sealed record RecordOutcome(YearMonth Month, decimal Revenue, long NewCustomers, long LostCustomers, long ActiveCustomers)
{
    /// <param name="currentMonth">The month it is now: a month that has not started has no outcome yet.</param>
    public SegmentOutcomeRecorded Decide(SegmentPortfolio segment, YearMonth currentMonth)
    {
        Rules.Money(Revenue, "revenue");
        var newCustomers = Customers(NewCustomers, "newCustomers");
        var lostCustomers = Customers(LostCustomers, "lostCustomers");
        var activeCustomers = Customers(ActiveCustomers, "activeCustomers");
        Rules.Started(Month, currentMonth);
        Rules.Require(Month.LastDay >= segment.DefinedOn, "month", ErrorCodes.MonthBeforeSegmentDefined,
            $"{Month} ends before the segment was defined ({segment.DefinedOn:yyyy-MM-dd})", ("month", Month), ("earliest", segment.DefinedOn));
        return new SegmentOutcomeRecorded(segment.Id, Month, Revenue, newCustomers, lostCustomers, activeCustomers);
    }

    /// <summary>A number of customers: from 0 to <see cref="MaxCustomers"/>.</summary>
    private static int Customers(long value, string field)
    {
        Rules.Require(value >= 0, field, ErrorCodes.Negative, $"{field} must not be negative");
        Rules.Require(value <= MaxCustomers, field, ErrorCodes.AboveMaximum, $"{field} must be at most {MaxCustomers}", ("max", MaxCustomers));
        return (int)value;
    }

    /// <summary>A month's customers of one segment are counted in a 32-bit integer.</summary>
    public const int MaxCustomers = int.MaxValue;
}
