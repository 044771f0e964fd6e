using System.Globalization;
using Inventory.Domain.Errors;
using Inventory.Domain.Figures;
using Inventory.Domain.Limits;

namespace Inventory.Domain.Portfolio;

/// <summary>
/// A command broke a business rule; <see cref="Field"/> names the request field at fault, <see cref="Code"/> the rule
/// (one of <see cref="ErrorCodes"/>), <see cref="Args"/> the values its text names (the field among them).
/// </summary>
public sealed class RuleViolation(string field, string code, string message, params (string Name, object? Value)[] args) : Exception(message)
{
    public string Field { get; } = field;
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, string> Args { get; } = ErrorArgs.Of(field, args);
}

/// <summary>The values an error text's placeholders name, written the invariant way (dates YYYY-MM-DD, months YYYY-MM).</summary>
public static class ErrorArgs
{
    public static IReadOnlyDictionary<string, string> Of(string field, params (string Name, object? Value)[] args)
    {
        var values = new Dictionary<string, string> { ["field"] = field };
        foreach (var (name, value) in args)
        {
            if (value is not null) values[name] = Write(value);
        }

        return values;
    }

    public static string Write(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture),
        Enum e => Vocabulary.Names.Camel(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
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

    public static void Require(bool condition, string field, string code, string message, params (string Name, object? Value)[] args)
    {
        if (!condition) throw new RuleViolation(field, code, message, args);
    }

    public static string Name(string? value, string field)
    {
        Require(!string.IsNullOrWhiteSpace(value), field, ErrorCodes.Required, $"{field} is required");
        Require(value!.Length <= MaxNameLength, field, ErrorCodes.TooLong, $"{field} is longer than {MaxNameLength} characters", ("max", MaxNameLength));
        return value.Trim();
    }

    public static string? Text(string? value, string field)
    {
        Require(value is null || value.Length <= MaxTextLength, field, ErrorCodes.TooLong, $"{field} is longer than {MaxTextLength} characters", ("max", MaxTextLength));
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    // The rules a file import checks on every row throw without Require: its text and values are only built when a rule is broken.
    public static void NotNegative(decimal value, string field)
    {
        if (value < 0) throw new RuleViolation(field, ErrorCodes.Negative, $"{field} must not be negative");
    }

    /// <summary>An amount of money: from 0 to <see cref="InputLimits.MaxMoney"/>.</summary>
    public static void Money(decimal value, string field)
    {
        NotNegative(value, field);
        if (value > InputLimits.MaxMoney)
            throw new RuleViolation(field, ErrorCodes.AboveMaximum, $"{field} must be at most {InputLimits.MaxMoney:0} (10^12)", ("max", InputLimits.MaxMoney));
    }

    /// <summary>A count: from <paramref name="min"/> to <see cref="InputLimits.MaxCount"/>.</summary>
    public static void Count(long value, long min, string field)
    {
        if (value < min)
        {
            throw min == 0
                ? new RuleViolation(field, ErrorCodes.Negative, $"{field} must not be negative")
                : new RuleViolation(field, ErrorCodes.BelowMinimum, $"{field} must be at least {min}", ("min", min));
        }

        if (value > InputLimits.MaxCount)
            throw new RuleViolation(field, ErrorCodes.AboveMaximum, $"{field} must be at most {InputLimits.MaxCount} (10^12)", ("max", InputLimits.MaxCount));
    }

    /// <summary>A whole or decimal value from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static void Between(decimal value, decimal min, decimal max, string field)
    {
        if (value < min || value > max) throw new RuleViolation(field, ErrorCodes.OutOfRange, $"{field} must be from {min} to {max}", ("min", min), ("max", max));
    }

    /// <summary>Usage and satisfaction are known for a month once it has begun.</summary>
    public static void Started(YearMonth month, YearMonth current)
    {
        if (month > current)
            throw new RuleViolation("month", ErrorCodes.NotYetBegun, $"{month} has not started yet (this month is {current})", ("month", month), ("current", current));
    }

    /// <summary>The effective date is not before <paramref name="earliest"/>; <paramref name="code"/> says which start it is.</summary>
    public static void NotBefore(DateOnly date, DateOnly earliest, string code, string what) =>
        Require(date >= earliest, "effectiveDate", code, $"effectiveDate {date:yyyy-MM-dd} is before {what} ({earliest:yyyy-MM-dd})",
            ("date", date), ("earliest", earliest));

    public static void Currency(string? currency, string organizationCurrency) =>
        Require(currency is null || string.Equals(currency, organizationCurrency, StringComparison.OrdinalIgnoreCase),
            "currency", ErrorCodes.WrongCurrency, $"currency must be the organization's currency {organizationCurrency}", ("currency", organizationCurrency.ToUpperInvariant()));

    public static Relationship Relationship(SegmentPortfolio segment, Guid relationshipId) =>
        segment.Find(relationshipId) ?? throw new UnknownRelationship(relationshipId);

    /// <summary>A change effective on or after the retirement date would change a retired relationship.</summary>
    public static void NotRetiredOn(Relationship relationship, DateOnly date) =>
        Require(relationship.RetiredOn is not { } retired || date < retired, "effectiveDate", ErrorCodes.RetiredRelationship,
            $"the relationship is retired from {relationship.RetiredOn:yyyy-MM-dd}; a retired relationship can't be changed", ("retiredOn", relationship.RetiredOn));
}
