using Inventory.Domain.Figures;
using Inventory.Domain.Limits;

namespace Inventory.Domain.Portfolio;

/// <summary>A command broke a business rule; <see cref="Field"/> names the request field at fault.</summary>
public sealed class RuleViolation(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>The command names a relationship the segment does not have.</summary>
public sealed class UnknownRelationship(Guid relationshipId) : Exception($"The segment has no relationship {relationshipId}")
{
    public Guid RelationshipId { get; } = relationshipId;
}

internal static class Rules
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    public static void Require(bool condition, string field, string message)
    {
        if (!condition) throw new RuleViolation(field, message);
    }

    public static string Name(string? value, string field)
    {
        Require(!string.IsNullOrWhiteSpace(value), field, $"{field} is required");
        Require(value!.Length <= MaxNameLength, field, $"{field} is longer than {MaxNameLength} characters");
        return value.Trim();
    }

    public static string? Text(string? value, string field)
    {
        Require(value is null || value.Length <= MaxTextLength, field, $"{field} is longer than {MaxTextLength} characters");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public static void NotNegative(decimal value, string field) => Require(value >= 0, field, $"{field} must not be negative");

    /// <summary>An amount of money: from 0 to <see cref="InputLimits.MaxMoney"/>.</summary>
    public static void Money(decimal value, string field)
    {
        NotNegative(value, field);
        Require(value <= InputLimits.MaxMoney, field, $"{field} must be at most {InputLimits.MaxMoney:0} (10^12)");
    }

    /// <summary>A count: from <paramref name="min"/> to <see cref="InputLimits.MaxCount"/>.</summary>
    public static void Count(long value, long min, string field)
    {
        Require(value >= min, field, min == 0 ? $"{field} must not be negative" : $"{field} must be at least {min}");
        Require(value <= InputLimits.MaxCount, field, $"{field} must be at most {InputLimits.MaxCount} (10^12)");
    }

    /// <summary>Usage and satisfaction are known for a month once it has begun.</summary>
    public static void Started(YearMonth month, YearMonth current) =>
        Require(month <= current, "month", $"{month} has not started yet (this month is {current})");

    public static void NotBefore(DateOnly date, DateOnly earliest, string what) =>
        Require(date >= earliest, "effectiveDate", $"effectiveDate {date:yyyy-MM-dd} is before {what} ({earliest:yyyy-MM-dd})");

    public static void Currency(string? currency, string organizationCurrency) =>
        Require(currency is null || string.Equals(currency, organizationCurrency, StringComparison.OrdinalIgnoreCase),
            "currency", $"currency must be the organization's currency {organizationCurrency}");

    public static Relationship Relationship(SegmentPortfolio segment, Guid relationshipId) =>
        segment.Find(relationshipId) ?? throw new UnknownRelationship(relationshipId);

    /// <summary>A change effective on or after the retirement date would change a retired relationship.</summary>
    public static void NotRetiredOn(Relationship relationship, DateOnly date) =>
        Require(relationship.RetiredOn is not { } retired || date < retired, "effectiveDate",
            $"the relationship is retired from {relationship.RetiredOn:yyyy-MM-dd}; a retired relationship can't be changed");
}
