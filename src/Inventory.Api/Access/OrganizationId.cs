using System.Collections.Frozen;
using System.Text;

namespace Inventory.Api.Access;

/// <summary>A readable tenant id made from an organization's name: <c>Café Lusitano</c> gives <c>cafe-lusitano-1a2b3c4d</c>.</summary>
public static class OrganizationId
{
    public const int MaxSlugLength = 40;

    public static string From(string name) => $"{Slug(name)}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// The name in lower-case ASCII letters and digits, accents dropped (é → e) and a few letters spelled out (ß → ss),
    /// every other run of characters one hyphen; "org" when nothing readable is left.
    /// </summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= '\u0300' and <= '\u036f') continue; // a combining accent, as in a decomposed "é"
            var letters = char.IsAsciiLetterOrDigit(c) ? c.ToString() : Latin.GetValueOrDefault(c);
            if (letters is null)
            {
                if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            }
            else
            {
                slug.Append(letters);
            }
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > MaxSlugLength) text = text[..MaxSlugLength].TrimEnd('-');
        return text.Length == 0 ? "org" : text;
    }

    // The product runs with invariant globalization (no Unicode normalization): Latin letters with diacritics are folded by this table.
    private static readonly FrozenDictionary<char, string> Latin = new[]
    {
        ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĳ", "ij"), ("ĵ", "j"), ("ķĸ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉŋ", "n"), ("òóôõöøōŏő", "o"), ("œ", "oe"),
        ("ŕŗř", "r"), ("śŝşšſ", "s"), ("ß", "ss"), ("ţťŧ", "t"), ("þ", "th"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
    }.SelectMany(g => g.Item1.Select(c => (c, g.Item2))).ToFrozenDictionary(p => p.c, p => p.Item2);
}
