using System.Runtime.InteropServices;
using SkiaSharp;

namespace GhgReports.Plan.Pdf;

/// <summary>
/// Noto Sans SC (SIL OFL 1.1, licence in Plan/Fonts/OFL.txt), regular and bold, TrueType outlines: the CFF builds of
/// the family turn into Type 3 fonts in Skia's PDFs. Shipped as embedded resources so every host has them. Loaded once
/// per process into native memory, where HarfBuzz reads them in place for every subset.
/// </summary>
internal sealed class PlanFont
{
    private static readonly Lazy<PlanFont> LazyRegular = new(() => Load("NotoSansSC_400Regular.ttf"));
    private static readonly Lazy<PlanFont> LazyBold = new(() => Load("NotoSansSC_700Bold.ttf"));

    private PlanFont(string name, IntPtr data, int length, SKTypeface full)
    {
        Name = name;
        Data = data;
        Length = length;
        Full = full;
    }

    public static PlanFont Regular => LazyRegular.Value;

    public static PlanFont Bold => LazyBold.Value;

    public string Name { get; }

    /// <summary>The font file in native memory, alive for the process (HarfBuzz faces point into it).</summary>
    public IntPtr Data { get; }

    public int Length { get; }

    /// <summary>The whole font, for measuring only: never drawn, so never embedded.</summary>
    public SKTypeface Full { get; }

    private static PlanFont Load(string file)
    {
        var resource = "GhgReports.Plan.Fonts." + file;
        using var stream = typeof(PlanFont).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The plan font '{resource}' is not embedded in the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var data = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(bytes, 0, data, bytes.Length);
        var typeface = SKTypeface.FromData(SKData.CreateCopy(bytes))
            ?? throw new InvalidOperationException($"Skia cannot read the plan font '{file}'.");
        return new PlanFont(file, data, bytes.Length, typeface);
    }
}
