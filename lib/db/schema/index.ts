export * from './boundaries';
export * from './geo-assets';
export * from './indicators';
export * from './regions';
export * from './register';
