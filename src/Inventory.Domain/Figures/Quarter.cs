using System.Globalization;

namespace Inventory.Domain.Figures;

/// <summary>
/// A reporting quarter, written <c>YYYY-Qn</c>. With calendar quarters (fiscal year starting in January)
/// 2025-Q1 is January–March 2025; with a fiscal year starting in month M, fiscal year YYYY starts on
/// the first of M in calendar year YYYY and its Q1 covers M to M+2.
/// </summary>
public readonly record struct Quarter(int Year, int Number, int FiscalYearStartMonth = 1) : IComparable<Quarter>
{
    public DateOnly FirstDay => new DateOnly(Year, FiscalYearStartMonth, 1).AddMonths((Number - 1) * 3);
    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);
    public int Index => Year * 4 + Number - 1;

    public IEnumerable<YearMonth> Months()
    {
        var first = YearMonth.Of(FirstDay);
        yield return first;
        yield return first.Next();
        yield return first.Next().Next();
    }

    public Quarter Next() => Number == 4 ? this with { Year = Year + 1, Number = 1 } : this with { Number = Number + 1 };
    public Quarter Previous() => Number == 1 ? this with { Year = Year - 1, Number = 4 } : this with { Number = Number - 1 };

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public static Quarter Containing(DateOnly date, int fiscalYearStartMonth = 1)
    {
        var monthsIntoFiscalYear = (date.Month - fiscalYearStartMonth + 12) % 12;
        var year = date.Month >= fiscalYearStartMonth ? date.Year : date.Year - 1;
        return new Quarter(year, monthsIntoFiscalYear / 3 + 1, fiscalYearStartMonth);
    }

    public static bool TryParse(string? text, int fiscalYearStartMonth, out Quarter quarter)
    {
        quarter = default;
        if (text is not { Length: 7 } || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q')) return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        var n = text[6] - '0';
        if (year < 1 || year > 9998 || n is < 1 or > 4) return false;
        quarter = new Quarter(year, n, fiscalYearStartMonth);
        return true;
    }

    /// <summary>Every quarter from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<Quarter> Range(Quarter from, Quarter to)
    {
        for (var q = from; q.CompareTo(to) <= 0; q = q.Next()) yield return q;
    }

    public int CompareTo(Quarter other) => Index.CompareTo(other.Index);

    public override string ToString() => $"{Year:D4}-Q{Number}";
}
