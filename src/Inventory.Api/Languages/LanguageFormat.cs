using System.Globalization;

namespace Inventory.Api.Languages;

/// <summary>
/// How a language writes numbers, money and dates on the server (the printable pack, console messages). The product runs
/// in invariant globalization mode — no ICU, no formatting that changes with the machine's locale — so each language's
/// conventions are stated here, the same the pages get from the browser's <c>Intl</c>.
/// </summary>
public sealed class LanguageFormat : IFormatProvider
{
    private static readonly Dictionary<string, Dictionary<string, string>> CurrencySymbols = new(StringComparer.Ordinal)
    {
        ["en"] = new() { ["EUR"] = "€", ["GBP"] = "£", ["USD"] = "US$", ["BRL"] = "R$", ["JPY"] = "JP¥", ["MXN"] = "MX$" },
        ["es"] = new() { ["EUR"] = "€", ["GBP"] = "GBP", ["USD"] = "US$", ["BRL"] = "BRL", ["JPY"] = "JPY", ["MXN"] = "MXN" },
        ["pt-BR"] = new() { ["EUR"] = "€", ["GBP"] = "£", ["USD"] = "US$", ["BRL"] = "R$", ["JPY"] = "JP¥", ["MXN"] = "MX$" },
    };

    private readonly string language;

    private LanguageFormat(string language, NumberFormatInfo numbers, DateTimeFormatInfo dates, string datePattern)
    {
        this.language = language;
        Numbers = NumberFormatInfo.ReadOnly(numbers);
        Dates = DateTimeFormatInfo.ReadOnly(dates);
        DatePattern = datePattern;
    }

    public NumberFormatInfo Numbers { get; }
    public DateTimeFormatInfo Dates { get; }

    /// <summary>A date as the language writes it in running text (27 Nov 2026, 27 nov 2026, 27 de nov. de 2026).</summary>
    public string DatePattern { get; }

    public object? GetFormat(Type? formatType) =>
        formatType == typeof(NumberFormatInfo) ? Numbers : formatType == typeof(DateTimeFormatInfo) ? Dates : null;

    /// <summary>Money in a currency, with the symbol the language uses for it (else its ISO code) where the language puts it.</summary>
    public string Money(decimal value, string currency, int maximumDecimals = 2)
    {
        var symbol = CurrencySymbols[language].GetValueOrDefault(currency, currency);
        var number = Math.Abs(value).ToString(maximumDecimals > 2 ? "#,0.00" + new string('#', maximumDecimals - 2) : "#,0.00", Numbers);
        var sign = value < 0 ? Numbers.NegativeSign : "";
        return language switch
        {
            "es" => $"{sign}{number}\u00a0{symbol}",
            "pt-BR" => $"{sign}{symbol}\u00a0{number}",
            _ => $"{sign}{symbol}{number}",
        };
    }

    /// <summary>A share (0.125) as a percentage with one decimal: 12.5%, 12,5 %, 12,5%.</summary>
    public string Percent(decimal share) =>
        (share * 100).ToString("0.0", Numbers) + (language == "es" ? "\u00a0%" : "%");

    public string Date(DateOnly date) => date.ToString(DatePattern, Dates);

    internal static LanguageFormat For(string language) => language switch
    {
        "es" => new("es", Separators(",", "."), Months("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"), "d MMM yyyy"),
        "pt-BR" => new("pt-BR", Separators(",", "."), Months("jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."), "d 'de' MMM 'de' yyyy"),
        _ => new("en", Separators(".", ","), Months("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"), "d MMM yyyy"),
    };

    private static NumberFormatInfo Separators(string decimalSeparator, string groupSeparator)
    {
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberDecimalSeparator = numbers.CurrencyDecimalSeparator = numbers.PercentDecimalSeparator = decimalSeparator;
        numbers.NumberGroupSeparator = numbers.CurrencyGroupSeparator = numbers.PercentGroupSeparator = groupSeparator;
        return numbers;
    }

    private static DateTimeFormatInfo Months(params string[] abbreviated)
    {
        var dates = (DateTimeFormatInfo)DateTimeFormatInfo.InvariantInfo.Clone();
        dates.AbbreviatedMonthNames = dates.AbbreviatedMonthGenitiveNames = [.. abbreviated, ""];
        return dates;
    }
}
