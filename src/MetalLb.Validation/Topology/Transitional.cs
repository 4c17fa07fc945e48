// Transitional names for the areas converted in parallel, all parts of the one ClusterModel now: the lead retires
// them after merging (NodeIndex, ClusterModel.Index, .Cluster and .SelectedNodes go with them).
global using ClusterNodes = MetalLb.Validation.Topology.ClusterModel;
global using NodeTopology = MetalLb.Validation.Topology.ClusterModel;
global using PoolAdvertisements = MetalLb.Validation.Topology.AdvertisementIndex;
