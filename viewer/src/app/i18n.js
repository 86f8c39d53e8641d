// The viewer's labels, Vietnamese first. ?lang=en (or the switch in the header) selects English.
const labels = {
  vi: {
    title: 'ndaf — Kiến trúc số quốc gia',
    architectures: 'Kiến trúc',
    architecturesByBody: 'Các kiến trúc theo cơ quan',
    body: 'Cơ quan',
    state: 'Trạng thái',
    name: 'Tên',
    elements: 'Phần tử',
    relationships: 'Quan hệ',
    views: 'Khung nhìn',
    viewpoint: 'Điểm nhìn',
    nodes: 'Nút',
    connections: 'Kết nối',
    type: 'Loại',
    layer: 'Tầng',
    properties: 'Thuộc tính',
    attributes: 'Đặc tính',
    documentation: 'Mô tả',
    shownIn: 'Xuất hiện trong khung nhìn',
    owningBody: 'Cơ quan sở hữu',
    details: 'Chi tiết',
    close: 'Đóng',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    fit: 'Vừa khung',
    loading: 'Đang tải…',
    none: 'Không có',
    notFound: 'Không tìm thấy',
    error: 'Lỗi',
    home: 'Trang chủ',
    language: 'Ngôn ngữ',
    incoming: 'đến',
    outgoing: 'đi',
    noBody: '(không có cơ quan)',
    graphiql: 'Bảng điều khiển GraphQL',
    diagramLabel: 'Sơ đồ',
    more: 'và {n} phần tử khác',
    baseline: 'hiện trạng', transition: 'chuyển tiếp', target: 'mục tiêu',
    'layer.business': 'Nghiệp vụ', 'layer.application': 'Ứng dụng', 'layer.technology': 'Công nghệ',
    'layer.physical': 'Vật lý', 'layer.strategy': 'Chiến lược', 'layer.motivation': 'Động lực',
    'layer.implementation_migration': 'Triển khai và chuyển đổi', 'layer.other': 'Khác', 'layer.relationship': 'Quan hệ',
  },
  en: {
    title: 'ndaf — National digital architecture',
    architectures: 'Architectures',
    architecturesByBody: 'Architectures by body',
    body: 'Body',
    state: 'State',
    name: 'Name',
    elements: 'Elements',
    relationships: 'Relationships',
    views: 'Views',
    viewpoint: 'Viewpoint',
    nodes: 'Nodes',
    connections: 'Connections',
    type: 'Type',
    layer: 'Layer',
    properties: 'Properties',
    attributes: 'Attributes',
    documentation: 'Documentation',
    shownIn: 'Shown in views',
    owningBody: 'Owning body',
    details: 'Details',
    close: 'Close',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    loading: 'Loading…',
    none: 'None',
    notFound: 'Not found',
    error: 'Error',
    home: 'Home',
    language: 'Language',
    incoming: 'in',
    outgoing: 'out',
    noBody: '(no body)',
    graphiql: 'GraphQL console',
    diagramLabel: 'Diagram',
    more: 'and {n} more elements',
    baseline: 'baseline', transition: 'transition', target: 'target',
    'layer.business': 'Business', 'layer.application': 'Application', 'layer.technology': 'Technology',
    'layer.physical': 'Physical', 'layer.strategy': 'Strategy', 'layer.motivation': 'Motivation',
    'layer.implementation_migration': 'Implementation & migration', 'layer.other': 'Other', 'layer.relationship': 'Relationship',
  },
};

export const languages = Object.keys(labels);

let current = 'vi';

export function setLanguage(lang) {
  current = labels[lang] ? lang : 'vi';
  document.documentElement.lang = current;
  try { localStorage.setItem('ndaf.lang', current); } catch (e) { /* private mode */ }
}

export function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked && labels[asked]) return asked;
  try { return localStorage.getItem('ndaf.lang') || 'vi'; } catch (e) { return 'vi'; }
}

export function language() { return current; }

export function t(key, values = {}) {
  const text = labels[current][key] ?? labels.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
}

export function formatNumber(n) {
  return new Intl.NumberFormat(current === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}
