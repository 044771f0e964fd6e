using Inventory.Domain.Figures;

namespace Inventory.Domain.Limits;

/// <summary>
/// The documented bounds of what a client may record: far beyond any real portfolio, small enough that every figure
/// summed from them stays exact and storable.
/// </summary>
public static class InputLimits
{
    /// <summary>Any amount of money (a monthly fixed cost, a cost per interaction): at most 10^12.</summary>
    public const decimal MaxMoney = 1_000_000_000_000m;

    /// <summary>Any count (interactions, customers reached, survey responses): at most 10^12.</summary>
    public const long MaxCount = 1_000_000_000_000L;

    /// <summary>The earliest date, month, quarter or instant accepted.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>The latest date, month, quarter or instant accepted.</summary>
    public static readonly DateOnly LatestDate = new(2200, 12, 31);

    public static bool InRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public static bool InRange(YearMonth month) => InRange(month.FirstDay);

    public static bool InRange(DateTimeOffset instant) =>
        instant.UtcDateTime >= EarliestDate.ToDateTime(TimeOnly.MinValue) && instant.UtcDateTime < LatestDate.AddDays(1).ToDateTime(TimeOnly.MinValue);

    public static string RangeMessage(string field) =>
        $"{field} must be from {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}";

    /// <summary>PostgreSQL stores no NUL character in text or jsonb; every other character is kept.</summary>
    public static bool IsStorable(string text) => !text.Contains('\0');

    public const string UnstorableMessage = "contains a NUL character (\\u0000), which can't be stored";
}
