using MetalLb.Validation.Diagnostics;

namespace MetalLb.Validation.Rules;

/// <summary>Transitional base of the checks not yet written as rows or functions: one descriptor, reporting through <see cref="RuleContext.Current"/>.</summary>
internal abstract class SingleRule : Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public sealed override IReadOnlyList<RuleDescriptor> Descriptors => [Descriptor];

    internal override bool ComparesWithConfiguration => true;

    internal sealed override void Check(RuleContext context)
    {
        context.Current = Descriptor;
        try
        {
            Run(context);
        }
        finally
        {
            context.Current = null;
        }
    }

    public abstract void Run(RuleContext context);
}
