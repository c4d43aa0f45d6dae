using System.ComponentModel;
using System.Globalization;
using GhgReports.Localization;

namespace GhgReports.Cli;

/// <summary>
/// Reads a reporting year from the command line. The default converter's "Failed to convert 'abc' to Int32." names
/// neither the option nor what is expected; this one says both, in both languages.
/// </summary>
internal sealed class YearConverter : TypeConverter
{
    public const int First = 2000;
    public const int Last = 2100;

    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        var text = value as string ?? "";
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= First and <= Last
            ? year
            : throw new UsageException(CliTexts.NotAYear.Format(text));
    }
}

/// <summary>A bad argument, said in both languages; <see cref="GhgApp"/> prints it and exits 2.</summary>
internal sealed class UsageException(Bilingual message) : Exception(message.En)
{
    public Bilingual Bilingual { get; } = message;
}
