using System.Globalization;
using Inventory.Domain.Errors;
using Inventory.Domain.Figures;
using Inventory.Domain.Limits;
using Inventory.Domain.Vocabulary;

namespace Inventory.Api.Http;

/// <summary>Reads a request's loosely typed fields into domain values, collecting an error per field at fault.</summary>
public sealed class RequestFields
{
    private readonly Dictionary<string, List<FieldError>> _errors = new();

    /// <summary>Names a field at fault: a code of ErrorCodes, the English message, and the values the code's text names besides the field (a limit, a range).</summary>
    public void Error(string field, string code, string message, params (string Name, object? Value)[] args)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(FieldError.Of(code, message, args));
    }

    private void OutOfRange(string field) => Error(field, ErrorCodes.DateOutOfRange, InputLimits.RangeMessage(field),
        ("earliest", InputLimits.EarliestDate), ("latest", InputLimits.LatestDate));

    public T Required<T>(T? value, string field) where T : struct
    {
        if (value is null) Error(field, ErrorCodes.Required, $"{field} is required");
        return value ?? default;
    }

    public string Text(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) Error(field, ErrorCodes.Required, $"{field} is required");
        return value ?? "";
    }

    public T Enum<T>(string? value, string field) where T : struct, System.Enum
    {
        if (value is null)
        {
            Error(field, ErrorCodes.Required, $"{field} is required");
            return default;
        }

        return OptionalEnum<T>(value, field) ?? default;
    }

    public T? OptionalEnum<T>(string? value, string field) where T : struct, System.Enum
    {
        if (value is null) return null;
        if (Names.TryParse<T>(value, out var parsed)) return parsed;
        Error(field, ErrorCodes.NotInVocabulary, $"'{Clip(value)}' is not one of: {string.Join(", ", Names.All<T>())}");
        return null;
    }

    public IReadOnlyList<T> EnumList<T>(IReadOnlyList<string>? values, string field) where T : struct, System.Enum =>
        OptionalEnumList<T>(values, field) ?? [];

    public IReadOnlyList<T>? OptionalEnumList<T>(IReadOnlyList<string>? values, string field) where T : struct, System.Enum
    {
        if (values is null) return null;
        var result = new List<T>();
        for (var i = 0; i < values.Count; i++)
        {
            var element = $"{field}[{i}]";
            if (values[i] is not { } value) Error(element, ErrorCodes.Required, $"{element} is null; the list holds values of: {string.Join(", ", Names.All<T>())}");
            else if (Names.TryParse<T>(value, out var parsed)) result.Add(parsed);
            else Error(element, ErrorCodes.NotInVocabulary, $"'{Clip(value)}' is not one of: {string.Join(", ", Names.All<T>())}");
        }

        return result;
    }

    public DateOnly Date(string? value, string field)
    {
        if (value is null)
        {
            Error(field, ErrorCodes.Required, $"{field} is required (YYYY-MM-DD)");
            return default;
        }

        return OptionalDate(value, field) ?? default;
    }

    public DateOnly? OptionalDate(string? value, string field)
    {
        if (value is null) return null;
        if (TryDate(value, out var date)) return InRange(date, field);
        Error(field, ErrorCodes.InvalidDate, $"'{Clip(value)}' is not a date written YYYY-MM-DD");
        return null;
    }

    private DateOnly? InRange(DateOnly date, string field)
    {
        if (InputLimits.InRange(date)) return date;
        OutOfRange(field);
        return null;
    }

    public static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public YearMonth Month(string? value, string field)
    {
        if (YearMonth.TryParse(value, out var month))
        {
            if (InputLimits.InRange(month)) return month;
            OutOfRange(field);
            return default;
        }

        if (value is null) Error(field, ErrorCodes.Required, $"{field} is required (YYYY-MM)");
        else Error(field, ErrorCodes.InvalidMonth, $"'{Clip(value)}' is not a month written YYYY-MM");
        return default;
    }

    public Quarter? OptionalQuarter(string? value, string field, int fiscalYearStartMonth)
    {
        if (value is null) return null;
        if (!Quarter.TryParse(value, fiscalYearStartMonth, out var quarter))
        {
            Error(field, ErrorCodes.InvalidQuarter, $"'{Clip(value)}' is not a quarter written YYYY-Qn");
            return null;
        }

        if (InputLimits.InRange(quarter.FirstDay) && InputLimits.InRange(quarter.LastDay)) return quarter;
        OutOfRange(field);
        return null;
    }

    public DateTimeOffset? OptionalInstant(string? value, string field)
    {
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            if (InputLimits.InRange(instant)) return instant;
            OutOfRange(field);
            return null;
        }

        Error(field, ErrorCodes.InvalidInstant, $"'{Clip(value)}' is not an instant (ISO 8601, e.g. 2025-04-01T12:00:00Z)");
        return null;
    }

    /// <summary>Throws <see cref="InvalidRequest"/> (400) naming every field at fault, if any.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0) throw new InvalidRequest(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
