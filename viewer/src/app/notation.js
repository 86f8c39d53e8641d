// ArchiMate notation as Archi draws it by default: layer fill colours, the small icon of each element type in
// a box's top-right corner, alternate figures, and each relationship's line and ends.
// Colours: Archi's default fill colours per element (com.archimatetool.editor.ui.ColorFactory, archimatetool/archi);
// figure 0 is the box with icon and figure 1 the type's own shape (Archi's figure delegates, e.g. BusinessProcessFigure).

export const LAYER_FILL = {
  strategy: '#f5deaa',
  business: '#ffffb5',
  application: '#b5ffff',
  technology: '#c9e7b7',
  physical: '#c9e7b7',
  motivation: '#ccccff',
  implementation_migration: '#ffe0e0',
  other: '#ffffff',
};

const TYPE_FILL = {
  Plateau: '#e0ffe0', Gap: '#e0ffe0', Location: '#fbb875', Grouping: '#d2d7d7', Junction: '#000000',
};

export const GROUP_FILL = '#d2d7d7';
export const NOTE_FILL = '#ffffff';
export const VIEWREF_FILL = '#dcebeb';
export const LINE = '#5c5c5c';

export function defaultFill(element) {
  if (!element) return '#ffffff';
  return TYPE_FILL[element.archimateType] ?? LAYER_FILL[element.layer] ?? '#ffffff';
}

// Which icon each ArchiMate type carries. Types of one family in several layers share the icon (as in ArchiMate),
// told apart by colour.
const ICON_OF = {
  Resource: 'resource', Capability: 'capability', ValueStream: 'valueStream', CourseOfAction: 'courseOfAction',
  BusinessActor: 'actor', BusinessRole: 'role', BusinessCollaboration: 'collaboration', BusinessInterface: 'interface',
  BusinessProcess: 'process', BusinessFunction: 'function', BusinessInteraction: 'interaction', BusinessEvent: 'event',
  BusinessService: 'service', BusinessObject: 'object', Contract: 'contract', Representation: 'representation', Product: 'product',
  ApplicationComponent: 'component', ApplicationCollaboration: 'collaboration', ApplicationInterface: 'interface',
  ApplicationFunction: 'function', ApplicationInteraction: 'interaction', ApplicationProcess: 'process', ApplicationEvent: 'event',
  ApplicationService: 'service', DataObject: 'object',
  Node: 'node', Device: 'device', SystemSoftware: 'systemSoftware', TechnologyCollaboration: 'collaboration',
  TechnologyInterface: 'interface', Path: 'path', CommunicationNetwork: 'network', TechnologyFunction: 'function',
  TechnologyProcess: 'process', TechnologyInteraction: 'interaction', TechnologyEvent: 'event', TechnologyService: 'service',
  Artifact: 'artifact',
  Equipment: 'equipment', Facility: 'facility', DistributionNetwork: 'distribution', Material: 'material',
  Stakeholder: 'stakeholder', Driver: 'driver', Assessment: 'assessment', Goal: 'goal', Outcome: 'outcome', Principle: 'principle',
  Requirement: 'requirement', Constraint: 'constraint', Meaning: 'meaning', Value: 'value',
  WorkPackage: 'workPackage', Deliverable: 'deliverable', ImplementationEvent: 'event', Plateau: 'plateau', Gap: 'gap',
  Location: 'location', Grouping: 'grouping', Junction: 'junction',
};

export function iconOf(archimateType) {
  return ICON_OF[archimateType] ?? 'generic';
}

// Behaviour types: Archi's box figure has rounded corners for them.
const ROUNDED = new Set(['process', 'function', 'interaction', 'event', 'service', 'valueStream', 'capability', 'courseOfAction', 'workPackage']);
export function rounded(archimateType) {
  return ROUNDED.has(iconOf(archimateType));
}

// Icons drawn in a 14 x 14 box at the origin, stroke in the line colour.
const ICONS = {
  actor: '<circle cx="7" cy="2.5" r="2.2"/><path d="M7 4.7v5M2.5 6.5h9M7 9.7l-3.5 4M7 9.7l3.5 4"/>',
  role: '<path d="M4 2h6M4 12h6"/><ellipse cx="10" cy="7" rx="2.4" ry="5"/><path d="M4 2a2.4 5 0 0 0 0 10"/>',
  collaboration: '<circle cx="5" cy="7" r="4"/><circle cx="9" cy="7" r="4"/>',
  interface: '<circle cx="9.5" cy="7" r="3.5"/><path d="M0.5 7h5.5"/>',
  process: '<path d="M1 5h8V2l4.5 5L9 12V9H1z"/>',
  function: '<path d="M2 5l5-3.5L12 5v7.5L7 9l-5 3.5z"/>',
  interaction: '<path d="M6 1.5a5.5 5.5 0 0 0 0 11z"/><path d="M8 1.5a5.5 5.5 0 0 1 0 11z"/>',
  event: '<path d="M1 3h9a4 4 0 0 1 0 8H1l3-4z"/>',
  service: '<rect x="0.5" y="3" width="13" height="8" rx="4"/>',
  object: '<rect x="1" y="2" width="12" height="10"/><path d="M1 5h12"/>',
  contract: '<rect x="1" y="2" width="12" height="10"/><path d="M1 5h12M1 8.5h12"/>',
  representation: '<path d="M1 2h12v9c-3-2-6 2-12 0z"/><path d="M1 5h12"/>',
  product: '<rect x="1" y="2" width="12" height="10"/><path d="M1 5h6V2"/>',
  component: '<rect x="3.5" y="1" width="9.5" height="12"/><rect x="1" y="3" width="5" height="2.5"/><rect x="1" y="8.5" width="5" height="2.5"/>',
  node: '<path d="M1 4h9v9H1z M1 4l3-3h9l-3 3 M13 1v9l-3 3"/>',
  device: '<rect x="1.5" y="1" width="11" height="8" rx="1"/><path d="M4 9l-2.5 4h11L10 9"/>',
  systemSoftware: '<circle cx="6" cy="8" r="5"/><path d="M6 3a5 5 0 0 1 7 5.5"/>',
  path: '<path d="M1 7h12" stroke-dasharray="2 1.5"/><path d="M3.5 4.5L1 7l2.5 2.5M10.5 4.5L13 7l-2.5 2.5"/>',
  network: '<path d="M3 4h10l-2 6H1z"/><circle cx="3" cy="4" r="1.3"/><circle cx="13" cy="4" r="1.3"/><circle cx="11" cy="10" r="1.3"/><circle cx="1" cy="10" r="1.3"/>',
  artifact: '<path d="M2 1h6.5l3.5 3.5V13H2z M8.5 1v3.5H12"/>',
  equipment: '<circle cx="5" cy="9" r="3.2"/><circle cx="10" cy="4" r="2.4"/><path d="M5 4.5v1.3M5 12.2v1.3M0.5 9h1.3M8.2 9h1.3"/>',
  facility: '<path d="M1 13V2h2v6l3.5-2.5V8L10 5.5V8l3-2.5V13z"/>',
  distribution: '<path d="M1 5.5h12M1 8.5h12"/><path d="M3.5 3L1 7l2.5 4M10.5 3L13 7l-2.5 4"/>',
  material: '<path d="M4 1.5h6l3 5.5-3 5.5H4L1 7z"/><path d="M4.5 4h5M4.5 10h5"/>',
  stakeholder: '<path d="M4 2h6M4 12h6"/><ellipse cx="10" cy="7" rx="2.4" ry="5"/><path d="M4 2a2.4 5 0 0 0 0 10"/><path d="M1 7h2"/>',
  driver: '<circle cx="7" cy="7" r="5"/><circle cx="7" cy="7" r="1.3"/><path d="M7 0.5v13M0.5 7h13M2.4 2.4l9.2 9.2M11.6 2.4l-9.2 9.2"/>',
  assessment: '<circle cx="8.5" cy="5.5" r="4"/><path d="M5.5 8.5L1 13"/>',
  goal: '<circle cx="7" cy="7" r="6"/><circle cx="7" cy="7" r="3.5"/><circle cx="7" cy="7" r="1"/>',
  outcome: '<circle cx="6" cy="8" r="5"/><circle cx="6" cy="8" r="2.5"/><path d="M6 8l7-7M10 1h3v3"/>',
  principle: '<rect x="1.5" y="1" width="11" height="12"/><path d="M7 3.5v5M7 10v1" stroke-width="1.6"/>',
  requirement: '<path d="M4 2h9.5l-3.5 10H0.5z"/>',
  constraint: '<path d="M4 2h9.5l-3.5 10H0.5z"/><path d="M6 2l-3.5 10"/>',
  meaning: '<path d="M4 11a3 3 0 0 1-1-5.5A3 3 0 0 1 7 2.5a3 3 0 0 1 5 1.5 3 3 0 0 1 0 6 3 3 0 0 1-4 1.5 3 3 0 0 1-4-0.5z"/>',
  value: '<ellipse cx="7" cy="7" rx="6.5" ry="4"/>',
  resource: '<rect x="0.5" y="3" width="11" height="8" rx="2"/><path d="M12 5.5h1.5v3H12M3.5 5v4M6 5v4M8.5 5v4"/>',
  capability: '<path d="M9 1h4v12H1V9h4V5h4z M5 9h8 M9 5h4 M5 9v4 M9 5v8"/>',
  valueStream: '<path d="M1 2h8.5l3.5 5-3.5 5H1l3.5-5z"/>',
  courseOfAction: '<circle cx="8.5" cy="5.5" r="4.5"/><circle cx="8.5" cy="5.5" r="2"/><path d="M5.5 8.5L1 13M1 10v3h3"/>',
  workPackage: '<path d="M11.5 5A5 5 0 1 0 12 9"/><path d="M9 5h3V2"/>',
  deliverable: '<path d="M1 2h12v9c-3-2-6 2-12 0z"/>',
  plateau: '<path d="M4 3h9M2.5 7h9M1 11h9" stroke-width="1.6"/>',
  gap: '<ellipse cx="7" cy="7" rx="5" ry="5"/><path d="M0.5 5.5h13M0.5 8.5h13"/>',
  location: '<path d="M7 13C3 8 2.5 6.5 2.5 5a4.5 4.5 0 0 1 9 0c0 1.5-0.5 3-4.5 8z"/>',
  grouping: '<path d="M1 4h12v8H1z M1 4V2h6v2" stroke-dasharray="2 1"/>',
  generic: '<rect x="2" y="2" width="10" height="10"/>',
  view: '<rect x="1" y="2" width="12" height="10"/><rect x="3" y="4" width="3.5" height="2.5"/><rect x="7.5" y="7.5" width="3.5" height="2.5"/><path d="M6.5 5.5h2.5v2"/>',
};

export function iconMarkup(icon) {
  return ICONS[icon] ?? ICONS.generic;
}

// Relationship lines: dash pattern and the decoration at each end (marker names, see markerShape).
const LINES = {
  CompositionRelationship: { dash: null, start: 'diamondFilled', end: null },
  AggregationRelationship: { dash: null, start: 'diamondHollow', end: null },
  AssignmentRelationship: { dash: null, start: 'dot', end: 'arrowFilled' },
  RealizationRelationship: { dash: '5 3', start: null, end: 'triangleHollow' },
  ServingRelationship: { dash: null, start: null, end: 'arrowOpen' },
  AccessRelationship: { dash: '1.5 2.5', start: null, end: 'arrowOpenSmall' },
  InfluenceRelationship: { dash: '6 3', start: null, end: 'arrowOpen' },
  TriggeringRelationship: { dash: null, start: null, end: 'arrowFilled' },
  FlowRelationship: { dash: '6 3', start: null, end: 'arrowFilled' },
  SpecializationRelationship: { dash: null, start: null, end: 'triangleHollow' },
  AssociationRelationship: { dash: null, start: null, end: null },
};

/** How a connection is drawn: dash, and the marker at its start and end. */
export function lineOf(relationship) {
  if (!relationship) return { dash: null, start: null, end: null };
  const base = LINES[relationship.type] ?? LINES.AssociationRelationship;
  if (relationship.type === 'AccessRelationship') {
    const access = relationship.accessType ?? 'write';
    return {
      dash: base.dash,
      start: access === 'read' || access === 'readwrite' ? 'arrowOpenSmall' : null,
      end: access === 'write' || access === 'readwrite' ? 'arrowOpenSmall' : null,
    };
  }
  if (relationship.type === 'AssociationRelationship' && relationship.directed) {
    return { dash: null, start: null, end: 'halfArrow' };
  }
  return base;
}

// Marker shapes, pointing right (+x) with the tip at (10, 5); start markers use orient auto-start-reverse.
export const MARKERS = {
  arrowFilled: { path: 'M0 0L10 5L0 10z', fill: true },
  arrowOpen: { path: 'M0 0L10 5L0 10', fill: false },
  arrowOpenSmall: { path: 'M2 1.5L10 5L2 8.5', fill: false },
  halfArrow: { path: 'M0 1L10 5', fill: false },
  triangleHollow: { path: 'M0 0L10 5L0 10z', fill: false },
  diamondFilled: { path: 'M0 5L5 1.5L10 5L5 8.5z', fill: true },
  diamondHollow: { path: 'M0 5L5 1.5L10 5L5 8.5z', fill: false },
  dot: { path: 'M10 5m-3.5 0a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0', fill: true },
};
