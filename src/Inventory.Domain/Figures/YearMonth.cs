using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inventory.Domain.Figures;

/// <summary>A calendar month, written <c>YYYY-MM</c>: the unit usage and satisfaction are recorded in.</summary>
[JsonConverter(typeof(YearMonthJsonConverter))]
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => new(Year, Month, Days);
    public int Days => DateTime.DaysInMonth(Year, Month);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public YearMonth Next() => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);
    public YearMonth Previous() => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public int CompareTo(YearMonth other) => (Year, Month).CompareTo((other.Year, other.Month));
    public static bool operator <(YearMonth a, YearMonth b) => a.CompareTo(b) < 0;
    public static bool operator >(YearMonth a, YearMonth b) => a.CompareTo(b) > 0;
    public static bool operator <=(YearMonth a, YearMonth b) => a.CompareTo(b) <= 0;
    public static bool operator >=(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0;

    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return false;
        if (year < 1 || m is < 1 or > 12) return false;
        month = new YearMonth(year, m);
        return true;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month written YYYY-MM");

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}

public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.TryParse(reader.GetString(), out var month) ? month : throw new JsonException("A month is written YYYY-MM");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override YearMonth ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());
}
